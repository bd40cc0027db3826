import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as meetings from '#lib/server/meetings.js';
import * as networks from '#lib/server/networks.js';
import type { PageServerLoad } from './$types';

/** Private networks answer 404 to outsiders: their existence is not public either. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const network = await networks.getNetworkBySlug(params.slug);
	if (!network) error(404, m.error_not_found());
	const access = await networks.networkAccess(network, locals.user);
	if (!access.canView) error(404, m.error_not_found());
	const isInside = access.role !== null || locals.user?.isAdmin === true;
	const [upcoming, past, members] = await Promise.all([
		meetings.listNetworkMeetings(network.id, 'upcoming'),
		meetings.listNetworkMeetings(network.id, 'past', 5),
		isInside ? networks.listCurrentMembers(network.id) : Promise.resolve([])
	]);
	return { network, access, upcoming, past, members, isInside };
};
