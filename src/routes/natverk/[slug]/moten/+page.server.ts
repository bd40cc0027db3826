import * as meetings from '#lib/server/networks/meetings.ts';
import { guardNetwork } from '#lib/server/networks/guards.ts';
import { pageParam } from '#lib/server/platform/pagination.ts';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;

/** Every meeting of the network, newest first, a page at a time. */
export const load: PageServerLoad = async (event) => {
	const { network, access } = await guardNetwork(event, 'view');
	const page = pageParam(event.url);
	const { total, meetings: list } = await meetings.listMeetingsPage(network.id, {
		page,
		pageSize: PAGE_SIZE
	});
	return { network, access, meetings: list, total, page, pageSize: PAGE_SIZE };
};
