import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { adminSetupSchema } from '#lib/schemas/auth.ts';
import { setSessionCookie } from '#lib/server/auth/session.ts';
import { findValidToken } from '#lib/server/auth/tokens.ts';
import { formError, parseForm } from '#lib/server/platform/forms.ts';
import { isSecure } from '#lib/server/platform/request.ts';
import * as users from '#lib/server/auth/users.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({
	valid: (await findValidToken('admin_setup', params.token)) !== null
});

export const actions: Actions = {
	/** The one-time link printed on the console at first start creates the first administrator. */
	default: async (event) => {
		const parsed = await parseForm(event.request, adminSetupSchema);
		if (!parsed.ok) return parsed.failure;
		const done = await users.completeAdminSetup(event.params.token, parsed.data);
		if (!done) return formError(400, m.token_invalid(), parsed.formData);
		setSessionCookie(event.cookies, done.token, done.session.expiresAt, isSecure(event));
		redirect(303, '/admin');
	}
};
