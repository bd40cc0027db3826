import { inviteSchema } from '#lib/schemas/auth.js';
import { requireAdmin } from '#lib/server/auth/guards.js';
import { parseForm } from '#lib/server/forms.js';
import { pageParam } from '#lib/server/pagination.js';
import { publicOrigin } from '#lib/server/request.js';
import * as users from '#lib/server/users.js';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	const page = pageParam(event.url);
	const q = event.url.searchParams.get('q')?.trim() ?? '';
	const { total, users: list } = await users.listUsers({ page, pageSize: PAGE_SIZE, q: q || undefined });
	return { users: list, total, page, pageSize: PAGE_SIZE, q };
};

export const actions: Actions = {
	/** Invites a person to Samverka (optionally as administrator) by e-mail. */
	invite: async (event) => {
		const admin = requireAdmin(event);
		const parsed = await parseForm(event.request, inviteSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await users.inviteUser(parsed.data, { id: admin.id, name: admin.name }, publicOrigin());
		return { invited: true, email: parsed.data.email, newAccount: result.invited };
	}
};
