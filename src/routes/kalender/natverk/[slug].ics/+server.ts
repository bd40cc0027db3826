import { userForCalendarToken } from '#lib/server/feeds/calendar-tokens.ts';
import { daily, feedResponse } from '#lib/server/feeds/http.ts';
import { buildMeetingsFeed, meetingsVersion } from '#lib/server/feeds/meetings.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { publicOrigin } from '#lib/server/platform/request.ts';
import type { RequestHandler } from './$types';

const notFound = () =>
	new Response('Kalendern finns inte.', {
		status: 404,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});

/**
 * A network's meetings. Public networks' feeds are public; a private network's feed is only
 * reachable with the personal token (?nyckel=) of someone who may see the network.
 */
export const GET: RequestHandler = async (event) => {
	const network = await networks.getNetworkBySlug(event.params.slug);
	if (!network) return notFound();
	let audience: 'public' | 'private' = 'public';
	if (!network.isPublic) {
		const reader = await userForCalendarToken(event.url.searchParams.get('nyckel') ?? '');
		const access = reader ? await networks.networkAccess(network, { ...reader, email: '' }) : null;
		if (!access?.canView) return notFound();
		audience = 'private';
	}
	const origin = publicOrigin();
	const feedUrl = `${origin}/kalender/natverk/${network.slug}.ics`;
	return feedResponse(event.request, {
		key: `network:${network.id}:${audience}`,
		audience,
		filename: `${network.slug}.ics`,
		version: async () => daily(await meetingsVersion([network.id])),
		build: async ({ lastModified }) =>
			buildMeetingsFeed({
				networkIds: [network.id],
				name: `${network.shortName} – möten`,
				description: network.name,
				audience: audience === 'private' ? 'members' : 'public',
				origin,
				feedUrl,
				now: new Date(),
				lastModified
			})
	});
};
