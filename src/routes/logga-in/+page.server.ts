import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { loginSchema } from '#lib/schemas/auth.js';
import { safeNext } from '#lib/server/auth/guards.js';
import { setSessionCookie } from '#lib/server/auth/session.js';
import { formError, parseForm } from '#lib/server/forms.js';
import { isSecure } from '#lib/server/request.js';
import * as users from '#lib/server/users.js';
import { formatTime } from '#lib/format.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return { next: safeNext(url.searchParams.get('next')), reset: url.searchParams.has('aterstallt') };
};

export const actions: Actions = {
	/** Signs in; repeated failures per account or address are refused with 429 until the window passes. */
	default: async (event) => {
		const parsed = await parseForm(event.request, loginSchema);
		if (!parsed.ok) return parsed.failure;
		const { email, password } = parsed.data;
		const result = await users.signIn(email, password, event.getClientAddress());
		if (!result.ok) {
			if (result.reason === 'throttled') {
				return formError(429, m.login_throttled({ time: formatTime(result.retryAt) }), parsed.formData);
			}
			return formError(400, m.login_invalid(), parsed.formData);
		}
		setSessionCookie(event.cookies, result.token, result.session.expiresAt, isSecure(event));
		redirect(303, safeNext(String(parsed.formData.get('next') ?? '/')));
	}
};
