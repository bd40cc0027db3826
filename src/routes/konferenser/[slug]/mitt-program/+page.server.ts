import { markAction } from '../bookmarks.ts';
import { requirePublished } from '../published.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * "Mitt program": the participant's marked sessions with the joint ones that frame the day.
 * Signed in, the marks come from the account; otherwise the page reads them from the browser.
 */
export const load: PageServerLoad = async (event) => {
	const { conference, user, published, bookmarks } = await requirePublished(event);
	return {
		conference,
		signedIn: user !== null,
		bookmarks,
		sessions: published.snapshot.sessions,
		rooms: published.snapshot.rooms,
		tracks: published.snapshot.tracks
	};
};

export const actions: Actions = { markera: markAction };
