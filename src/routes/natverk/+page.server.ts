import * as networks from '#lib/server/networks/networks.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	networks: await networks.listVisibleNetworks(locals.user),
	canCreate: locals.user?.isAdmin ?? false
});
