import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { sessionsOfSpeaker } from '#lib/domain/conferences/published-programme.ts';
import { markAction } from '../../bookmarks.ts';
import { requirePublished } from '../../published.ts';
import type { Actions, PageServerLoad } from './$types';

/** A speaker of the published programme and their sessions. */
export const load: PageServerLoad = async (event) => {
	const { conference, user, published, bookmarks } = await requirePublished(event);
	const id = Number(event.params.id);
	const speaker = published.snapshot.speakers.find((s) => s.id === id);
	if (!speaker) error(404, m.error_not_found());
	return {
		conference,
		speaker,
		signedIn: user !== null,
		bookmarks,
		sessions: sessionsOfSpeaker(published.snapshot.sessions, id),
		rooms: published.snapshot.rooms,
		tracks: published.snapshot.tracks
	};
};

export const actions: Actions = { markera: markAction };
