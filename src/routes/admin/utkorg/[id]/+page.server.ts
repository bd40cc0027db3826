import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { requireAdmin } from '#lib/server/auth/guards.ts';
import * as mail from '#lib/server/platform/mail.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	const id = Number(event.params.id);
	const message = Number.isSafeInteger(id) ? await mail.getOutboxMessage(id) : null;
	if (!message) error(404, m.error_not_found());
	return { message };
};
