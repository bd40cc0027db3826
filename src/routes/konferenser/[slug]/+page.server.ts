import * as conferences from '#lib/server/conferences/conferences.ts';
import * as programme from '#lib/server/conferences/programme.ts';
import { absoluteUrl } from '#lib/server/platform/request.ts';
import { filterByTrack } from '#lib/domain/conferences/published-programme.ts';
import { markAction, mergeAction } from './bookmarks.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The edition and its published programme. Drafts are visible only to their working group, the
 * office and administrators; others get 404. `?spar=<id>` filters on one track without JavaScript.
 */
export const load: PageServerLoad = async (event) => {
	const { conference, access, user } = await conferences.requireConference(event, 'view');
	const published = await programme.getPublished(conference.id);
	const snapshot = published?.snapshot;
	const requested = Number(event.url.searchParams.get('spar'));
	const track = snapshot?.tracks.find((t) => t.id === requested) ?? null;
	const bookmarks = user && published ? await programme.listBookmarks(user.id, conference.id) : [];
	// the calendar follows the track filter: one track's sessions and the joint ones
	const calendarUrl = published
		? absoluteUrl(`/kalender/konferens/${conference.slug}.ics${track ? `?spar=${track.id}` : ''}`)
		: null;
	return {
		conference,
		access,
		calendarUrl,
		signedIn: user !== null,
		bookmarks,
		trackId: track?.id ?? null,
		programme: published
			? {
					number: published.number,
					publishedAt: published.publishedAt,
					changes: published.changes,
					days: snapshot!.days,
					rooms: snapshot!.rooms,
					tracks: snapshot!.tracks,
					sessions: filterByTrack(snapshot!.sessions, track?.id ?? null)
				}
			: null
	};
};

export const actions: Actions = {
	/** Marks or unmarks a session in "Mitt program" (signed in; other pages post here too). */
	markera: markAction,
	/** Moves the marks kept in this browser into the account after signing in. */
	sammanfoga: mergeAction
};
