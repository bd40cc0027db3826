import { buildCalendarFeed } from '#lib/domain/feeds/ical.ts';
import { userForCalendarToken } from '#lib/server/feeds/calendar-tokens.ts';
import { daily, feedResponse } from '#lib/server/feeds/http.ts';
import { meetingEvents, meetingsVersion } from '#lib/server/feeds/meetings.ts';
import { bookmarkedSessionEvents, bookmarksVersion } from '#lib/server/feeds/programme.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { publicOrigin } from '#lib/server/platform/request.ts';
import type { RequestHandler } from './$types';

/**
 * Everything that concerns one person: the meetings of every network they belong to (substitutes
 * included, beredning duty marked) and the conference sessions they marked. The token in the
 * address is the only credential; a regenerated token makes the old address answer 404 at once.
 */
export const GET: RequestHandler = async (event) => {
	const user = await userForCalendarToken(event.params.token);
	if (!user) {
		return new Response('Kalendern finns inte.', {
			status: 404,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	const origin = publicOrigin();
	const networkIds = (await networks.listMyNetworks(user.id)).map((n) => n.id);
	return feedResponse(event.request, {
		key: `person:${user.id}:${event.params.token}`,
		audience: 'private',
		filename: 'samverka.ics',
		version: async () => {
			const [meetings, marks] = await Promise.all([meetingsVersion(networkIds), bookmarksVersion(user.id)]);
			if (!meetings) return null;
			return daily({
				version: `${meetings.version}|${marks.version}`,
				lastModified: new Date(Math.max(meetings.lastModified.getTime(), marks.lastModified.getTime()))
			});
		},
		build: async ({ lastModified }) => {
			const now = new Date();
			const [meetings, sessions] = await Promise.all([
				meetingEvents({ networkIds, userId: user.id, audience: 'members', origin, now }),
				bookmarkedSessionEvents(user.id, origin)
			]);
			return buildCalendarFeed({
				name: `Samverka – ${user.name}`,
				description: 'Möten i dina nätverk och konferenspass du har valt',
				url: `${origin}/kalender/mig/${event.params.token}.ics`,
				events: [...meetings, ...sessions],
				now: lastModified
			});
		}
	});
};
