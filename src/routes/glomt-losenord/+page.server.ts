import { emailSchema } from '#lib/schemas/auth.ts';
import { parseForm } from '#lib/server/platform/forms.ts';
import { publicOrigin } from '#lib/server/platform/request.ts';
import * as users from '#lib/server/auth/users.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	/** Always answers the same, so the form cannot be used to find out who has an account. */
	default: async (event) => {
		const parsed = await parseForm(event.request, emailSchema);
		if (!parsed.ok) return parsed.failure;
		await users.requestPasswordReset(parsed.data.email, publicOrigin());
		return { sent: true, email: parsed.data.email };
	}
};
