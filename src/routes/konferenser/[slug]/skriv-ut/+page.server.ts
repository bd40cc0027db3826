import { filterByTrack, sessionsByDate } from '#lib/domain/conferences/published-programme.ts';
import { requirePublished } from '../published.ts';
import type { PageServerLoad } from './$types';

/** The programme on paper: one table per day, optionally one track (?spar=). */
export const load: PageServerLoad = async (event) => {
	const { conference, published } = await requirePublished(event);
	const { snapshot } = published;
	const requested = Number(event.url.searchParams.get('spar'));
	const track = snapshot.tracks.find((t) => t.id === requested) ?? null;
	return {
		conference,
		number: published.number,
		publishedAt: published.publishedAt,
		track,
		rooms: snapshot.rooms,
		tracks: snapshot.tracks,
		days: sessionsByDate(filterByTrack(snapshot.sessions, track?.id ?? null))
	};
};
