import * as networks from '#lib/server/networks/networks.ts';
import { guardNetwork } from '#lib/server/networks/guards.ts';
import type { PageServerLoad } from './$types';

/** Member administration: current members with their substitutes, and the history of those who left. */
export const load: PageServerLoad = async (event) => {
	const { network } = await guardNetwork(event, 'manage');
	const [current, former] = await Promise.all([
		networks.listCurrentMembers(network.id),
		networks.listFormerMembers(network.id)
	]);
	return { network, current, former };
};
