import * as meetings from '#lib/server/meetings.js';
import { guardNetwork } from '#lib/server/network-guards.js';
import { pageParam } from '#lib/server/pagination.js';
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
