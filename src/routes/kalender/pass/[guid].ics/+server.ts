import { error } from '@sveltejs/kit';
import { buildCalendarFeed } from '#lib/domain/feeds/ical.ts';
import { m } from '#lib/paraglide/messages.js';
import { publishedSession, sessionEvent } from '#lib/server/feeds/programme.ts';
import { publicOrigin } from '#lib/server/platform/request.ts';
import type { RequestHandler } from './$types';

/** "Lägg till i kalender" for one published session. */
export const GET: RequestHandler = async (event) => {
	const guid = event.params.guid.toLowerCase();
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(guid))
		error(404, m.error_not_found());
	const found = await publishedSession(guid);
	if (!found) error(404, m.error_not_found());
	const { conference, published, session } = found;
	const body = buildCalendarFeed({
		name: `${conference.title}: ${session.title}`,
		events: [sessionEvent(conference, published.snapshot, session, publicOrigin(), published.publishedAt)],
		now: published.publishedAt
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${conference.slug}-pass.ics"`,
			'cache-control': 'public, max-age=60'
		}
	});
};
