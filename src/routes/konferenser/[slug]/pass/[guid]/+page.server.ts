import { error, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { markAction } from '../../bookmarks.ts';
import { requirePublished } from '../../published.ts';
import type { Actions, PageServerLoad } from './$types';

/** One session of the published programme, found by its stable GUID (the address in the exports). */
export const load: PageServerLoad = async (event) => {
	const { conference, access, user, published, bookmarks } = await requirePublished(event);
	const { snapshot } = published;
	// The numeric id (as in the schedule exports' <event id>) leads to the GUID address.
	if (/^\d+$/.test(event.params.guid)) {
		const byId = snapshot.sessions.find((s) => s.id === Number(event.params.guid));
		if (byId) redirect(301, `/konferenser/${conference.slug}/pass/${byId.guid}`);
	}
	const guid = event.params.guid.toLowerCase();
	const session = snapshot.sessions.find((s) => s.guid === guid);
	if (!session) error(404, m.error_not_found());
	const parallel = snapshot.sessions.filter(
		(s) =>
			s.guid !== guid &&
			!s.cancelled &&
			s.trackId !== null &&
			s.startsAt < session.endsAt &&
			s.endsAt > session.startsAt
	);
	return {
		conference,
		access,
		signedIn: user !== null,
		marked: bookmarks.includes(guid),
		session,
		room: snapshot.rooms.find((r) => r.id === session.roomId) ?? null,
		track: snapshot.tracks.find((t) => t.id === session.trackId) ?? null,
		rooms: snapshot.rooms,
		tracks: snapshot.tracks,
		parallel,
		change: published.changes.find((c) => c.guid === guid) ?? null,
		version: published.number
	};
};

export const actions: Actions = { markera: markAction };
