import { emailSchema } from '#lib/schemas/auth.js';
import { parseForm } from '#lib/server/forms.js';
import { publicOrigin } from '#lib/server/request.js';
import * as users from '#lib/server/users.js';
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
