import { requireAdmin } from '#lib/server/auth/guards.ts';
import * as mail from '#lib/server/platform/mail.ts';
import { pageParam } from '#lib/server/platform/pagination.ts';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	const page = pageParam(event.url);
	const to = event.url.searchParams.get('till')?.trim() ?? '';
	const { total, messages } = await mail.listOutbox({ page, pageSize: PAGE_SIZE, to: to || undefined });
	return { messages, total, page, pageSize: PAGE_SIZE, to, delivery: mail.mailDelivery() };
};
