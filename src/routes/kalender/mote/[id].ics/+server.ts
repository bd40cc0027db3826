import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { buildCalendarFeed } from '#lib/domain/feeds/ical.ts';
import { meetingEvent, singleMeeting } from '#lib/server/feeds/meetings.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { publicOrigin } from '#lib/server/platform/request.ts';
import type { RequestHandler } from './$types';

/** "Lägg till i kalender" for one meeting: whoever may see the meeting may download it. */
export const GET: RequestHandler = async (event) => {
	const id = Number(event.params.id);
	const found = Number.isSafeInteger(id) ? await singleMeeting(id) : null;
	if (!found) error(404, m.error_not_found());
	const network = await networks.getNetworkBySlug(found.meeting.networkSlug);
	const access = network ? await networks.networkAccess(network, event.locals.user) : null;
	if (!network || !access?.canView) error(404, m.error_not_found());
	// the online link only for the network's own people, as on the meeting page
	const audience = access.canSeeInternal ? 'members' : 'public';
	const body = buildCalendarFeed({
		name: `${found.meeting.networkShortName}: Möte nr ${found.meeting.number}`,
		events: [meetingEvent(found.meeting, found.agenda, publicOrigin(), { audience })],
		now: found.meeting.updatedAt
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${network.slug}-mote-${found.meeting.number}.ics"`,
			'cache-control': network.isPublic && audience === 'public' ? 'public, max-age=60' : 'private, no-store'
		}
	});
};
