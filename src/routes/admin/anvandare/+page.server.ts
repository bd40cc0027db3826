import { inviteSchema } from '#lib/schemas/auth.ts';
import { requireAdmin } from '#lib/server/auth/guards.ts';
import { parseForm } from '#lib/server/platform/forms.ts';
import { pageParam } from '#lib/server/platform/pagination.ts';
import { publicOrigin } from '#lib/server/platform/request.ts';
import * as users from '#lib/server/auth/users.ts';
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
