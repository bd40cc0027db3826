import { redirect } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, isLocale } from '#lib/paraglide/runtime.js';
import { safeNext } from '#lib/server/auth/guards.js';
import type { RequestHandler } from './$types';

/** The language switch in the footer: a plain form, so it works without JavaScript. */
export const POST: RequestHandler = async ({ request, cookies }) => {
	const form = await request.formData();
	const locale = String(form.get('locale') ?? '');
	if (isLocale(locale)) {
		cookies.set(cookieName, locale, {
			path: '/',
			maxAge: cookieMaxAge,
			httpOnly: false,
			sameSite: 'lax',
			secure: false
		});
	}
	redirect(303, safeNext(String(form.get('returnTo') ?? '/')));
};
