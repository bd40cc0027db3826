import { requireAdmin } from '#lib/server/auth/guards.js';
import { mailDelivery } from '#lib/server/mail.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireAdmin(event);
	return { delivery: mailDelivery() };
};
