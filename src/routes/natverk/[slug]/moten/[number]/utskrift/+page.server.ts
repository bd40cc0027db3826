import * as actionItems from '#lib/server/networks/action-items.ts';
import * as agenda from '#lib/server/networks/agenda.ts';
import { guardMeeting } from '#lib/server/networks/guards.ts';
import type { PageServerLoad } from './$types';

/** The agenda to share and print, in the shape of the seeds' agendas. Public for public networks. */
export const load: PageServerLoad = async (event) => {
	const { network, meeting, access } = await guardMeeting(event, 'view');
	const inside = access.canSeeInternal;
	const [current, openActions] = await Promise.all([
		agenda.getAgenda(meeting),
		inside ? actionItems.listOpenActionItems(network.id, meeting.startsAt) : Promise.resolve([])
	]);
	return {
		network,
		meeting: inside ? meeting : { ...meeting, onlineUrl: null },
		agenda: {
			...current,
			items: current.items.map((item) => ({
				...item,
				guests: item.guests.map((guest) => ({ ...guest, email: inside ? guest.email : '' }))
			}))
		},
		openActions
	};
};
