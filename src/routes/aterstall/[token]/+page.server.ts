import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { setPasswordSchema } from '#lib/schemas/auth.ts';
import { findValidToken } from '#lib/server/auth/tokens.ts';
import { formError, parseForm } from '#lib/server/platform/forms.ts';
import * as users from '#lib/server/auth/users.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const token = await findValidToken('password_reset', params.token);
	return { valid: token !== null, email: token?.email ?? null };
};

export const actions: Actions = {
	/** Sets the new password, ends every session of the account and sends the person to sign in. */
	default: async ({ request, params }) => {
		const parsed = await parseForm(request, setPasswordSchema);
		if (!parsed.ok) return parsed.failure;
		if (!(await users.resetPassword(params.token, parsed.data.password))) {
			return formError(400, m.token_invalid());
		}
		redirect(303, '/logga-in?aterstallt=1');
	}
};
