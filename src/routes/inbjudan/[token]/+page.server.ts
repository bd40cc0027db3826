import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { acceptInvitationSchema } from '#lib/schemas/auth.ts';
import { setSessionCookie } from '#lib/server/auth/session.ts';
import { findValidToken } from '#lib/server/auth/tokens.ts';
import { formError, parseForm } from '#lib/server/platform/forms.ts';
import { isSecure } from '#lib/server/platform/request.ts';
import * as users from '#lib/server/auth/users.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const token = await findValidToken('invitation', params.token);
	return { valid: token !== null, email: token?.email ?? null, name: token?.name ?? '' };
};

export const actions: Actions = {
	/** Accepting an invitation sets name and password and signs the person in. */
	default: async (event) => {
		const parsed = await parseForm(event.request, acceptInvitationSchema);
		if (!parsed.ok) return parsed.failure;
		const accepted = await users.acceptInvitation(event.params.token, parsed.data.name, parsed.data.password);
		if (!accepted) return formError(400, m.token_invalid(), parsed.formData);
		setSessionCookie(event.cookies, accepted.token, accepted.session.expiresAt, isSecure(event));
		redirect(303, '/?valkommen=1');
	}
};
