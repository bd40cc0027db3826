/** Loading the published programme for the public pages of an edition. */
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as conferences from '#lib/server/conferences/conferences.ts';
import * as programme from '#lib/server/conferences/programme.ts';

type Event = Pick<RequestEvent, 'params' | 'locals' | 'url'>;

/** The edition and its newest published version; 404 while nothing is published. */
export async function requirePublished(event: Event) {
	const { conference, access, user } = await conferences.requireConference(event, 'view');
	const published = await programme.getPublished(conference.id);
	if (!published) error(404, m.prog_not_published());
	const bookmarks = user ? await programme.listBookmarks(user.id, conference.id) : [];
	return { conference, access, user, published, bookmarks };
}
