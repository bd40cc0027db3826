import { redirect } from '@sveltejs/kit';
import { minutesUntil } from '#lib/domain/platform/throttle.ts';
import { m } from '#lib/paraglide/messages.js';
import { loginSchema } from '#lib/schemas/auth.ts';
import { readDeviceCookie, setDeviceCookie } from '#lib/server/auth/device.ts';
import { safeNext } from '#lib/server/auth/guards.ts';
import { setSessionCookie } from '#lib/server/auth/session.ts';
import { formError, parseForm } from '#lib/server/platform/forms.ts';
import { isSecure } from '#lib/server/platform/request.ts';
import * as users from '#lib/server/auth/users.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return { next: safeNext(url.searchParams.get('next')), reset: url.searchParams.has('aterstallt') };
};

export const actions: Actions = {
	/**
	 * Signs in. Too many attempts for the account from this address, from this address, or for the
	 * account from browsers it has never signed in from are refused with 429 until the window
	 * passes; a browser the account has signed in from before keeps its own allowance (device cookie).
	 */
	default: async (event) => {
		const parsed = await parseForm(event.request, loginSchema);
		if (!parsed.ok) return parsed.failure;
		const { email, password } = parsed.data;
		// where to go is decided before anything is set, so a bad target cannot fail after the cookie
		const target = safeNext(String(parsed.formData.get('next') ?? '/'));
		const device = readDeviceCookie(event.cookies, email);
		const result = await users.signIn(email, password, event.getClientAddress(), device);
		if (!result.ok) {
			if (result.reason === 'throttled') {
				const minutes = minutesUntil(result.retryAt, new Date());
				const message = minutes === 1 ? m.login_throttled_one() : m.login_throttled({ minutes });
				return formError(429, message, parsed.formData);
			}
			return formError(400, m.login_invalid(), parsed.formData);
		}
		const secure = isSecure(event);
		setSessionCookie(event.cookies, result.token, result.session.expiresAt, secure);
		setDeviceCookie(event.cookies, email, result.deviceToken, secure);
		redirect(303, target);
	}
};
