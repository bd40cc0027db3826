import { feedResponse } from '#lib/server/feeds/http.ts';
import { buildProgrammeFeed, publishedConference } from '#lib/server/feeds/programme.ts';
import { publicOrigin } from '#lib/server/platform/request.ts';
import type { RequestHandler } from './$types';

const notFound = () =>
	new Response('Kalendern finns inte.', {
		status: 404,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});

/** A conference's published programme; ?spar=<id> narrows it to one track (and the joint sessions). */
export const GET: RequestHandler = async (event) => {
	const conference = await publishedConference(event.params.slug);
	if (!conference) return notFound();
	const trackParam = event.url.searchParams.get('spar');
	const trackId = trackParam === null ? null : Number(trackParam);
	if (trackId !== null && !Number.isSafeInteger(trackId)) return notFound();
	const origin = publicOrigin();
	const feedUrl = `${origin}/kalender/konferens/${conference.slug}.ics${trackId === null ? '' : `?spar=${trackId}`}`;
	let missing = false;
	const response = await feedResponse(event.request, {
		key: `conference:${conference.id}:${trackId ?? 'all'}`,
		audience: 'public',
		filename: `${conference.slug}.ics`,
		version: async () => ({ version: `v${conference.version}`, lastModified: conference.publishedAt }),
		build: async () => {
			const body = await buildProgrammeFeed({ conference, trackId, origin, feedUrl, now: new Date() });
			missing = body === null;
			return body ?? '';
		}
	});
	return missing ? notFound() : response;
};
