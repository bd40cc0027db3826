import { requireAdmin } from '#lib/server/auth/guards.ts';
import { mailDelivery } from '#lib/server/platform/mail.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireAdmin(event);
	return { delivery: mailDelivery() };
};
