import { error, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { cookieMaxAge, cookieName, isLocale } from '#lib/paraglide/runtime.js';
import { safeNext } from '#lib/server/auth/guards.ts';
import type { RequestHandler } from './$types';

/** The language switch in the footer: a plain form, so it works without JavaScript. */
export const POST: RequestHandler = async ({ request, cookies }) => {
	let form: FormData;
	try {
		// a JSON body or none at all is no form: a 400, never a 500
		form = await request.formData();
	} catch {
		error(400, m.error_form_unreadable());
	}
	const locale = String(form.get('locale') ?? '');
	const target = safeNext(String(form.get('returnTo') ?? '/'));
	if (isLocale(locale)) {
		cookies.set(cookieName, locale, {
			path: '/',
			maxAge: cookieMaxAge,
			httpOnly: false,
			sameSite: 'lax',
			secure: false
		});
	}
	redirect(303, target);
};
