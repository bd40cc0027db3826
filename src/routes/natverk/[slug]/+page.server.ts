import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as actionItems from '#lib/server/networks/action-items.ts';
import * as calendarTokens from '#lib/server/feeds/calendar-tokens.ts';
import { absoluteUrl } from '#lib/server/platform/request.ts';
import * as meetings from '#lib/server/networks/meetings.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { guardNetwork, idParam } from '#lib/server/networks/guards.ts';
import { failure } from '#lib/server/platform/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/** Private networks answer 404 to outsiders: their existence is not public either. */
export const load: PageServerLoad = async (event) => {
	const { network, access } = await guardNetwork(event, 'view');
	const isInside = access.canSeeInternal;
	const [upcoming, past, members, openActions] = await Promise.all([
		meetings.listNetworkMeetings(network.id, 'upcoming'),
		meetings.listNetworkMeetings(network.id, 'past', 5),
		isInside ? networks.listCurrentMembers(network.id) : Promise.resolve([]),
		isInside ? actionItems.listOpenActionItems(network.id) : Promise.resolve([])
	]);
	const beredning: Record<number, string[]> = {};
	if (isInside) {
		for (const row of await meetings.listBeredning(upcoming.map((meeting) => meeting.id))) {
			(beredning[row.meetingId] ??= []).push(row.name);
		}
	}
	const params = event.url.searchParams;
	const planned = params.has('planerad')
		? {
				term: params.get('planerad') ?? '',
				created: Number(params.get('nya') ?? 0),
				updated: Number(params.get('andrade') ?? 0),
				cancelled: Number(params.get('installda') ?? 0)
			}
		: null;
	// Public networks have a public feed; a private one is subscribed to through the reader's own
	// token, so the address works in a calendar app that cannot sign in.
	const feedBase = absoluteUrl(`/kalender/natverk/${network.slug}.ics`);
	const calendarUrl = network.isPublic
		? feedBase
		: event.locals.user && access.canSeeInternal
			? `${feedBase}?nyckel=${await calendarTokens.getOrCreateCalendarToken(event.locals.user.id)}`
			: null;
	return { network, access, upcoming, past, members, isInside, beredning, openActions, planned, calendarUrl };
};

export const actions: Actions = {
	/** Marks an action item done: its owner or whoever runs the network. */
	actionDone: async (event) => {
		const { network, access } = await guardNetwork(event, 'viewInternal');
		const formData = await event.request.formData();
		const id = idParam(String(formData.get('id') ?? ''));
		const item = await actionItems.getActionItem(network.id, id);
		if (!item) error(404, m.error_not_found());
		if (!access.canManage && item.ownerMembershipId !== access.membershipId) error(403, m.error_forbidden());
		const outcome = await actionItems.setActionItemDone(network.id, id, true);
		if (!outcome.ok) return failure(outcome);
		return { actionDone: item.task };
	}
};
