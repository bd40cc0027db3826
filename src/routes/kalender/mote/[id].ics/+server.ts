import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { buildCalendarFeed } from '#lib/domain/ical.js';
import { meetingEvent, singleMeeting } from '#lib/server/feeds/meetings.js';
import * as networks from '#lib/server/networks.js';
import { publicOrigin } from '#lib/server/request.js';
import type { RequestHandler } from './$types';

/** "Lägg till i kalender" for one meeting: whoever may see the meeting may download it. */
export const GET: RequestHandler = async (event) => {
	const id = Number(event.params.id);
	const found = Number.isSafeInteger(id) ? await singleMeeting(id) : null;
	if (!found) error(404, m.error_not_found());
	const network = await networks.getNetworkBySlug(found.meeting.networkSlug);
	if (!network || !(await networks.networkAccess(network, event.locals.user)).canView)
		error(404, m.error_not_found());
	const body = buildCalendarFeed({
		name: `${found.meeting.networkShortName}: Möte nr ${found.meeting.number}`,
		events: [meetingEvent(found.meeting, found.agenda, publicOrigin(event))],
		now: found.meeting.updatedAt
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${network.slug}-mote-${found.meeting.number}.ics"`,
			'cache-control': network.isPublic ? 'public, max-age=60' : 'private, no-store'
		}
	});
};
