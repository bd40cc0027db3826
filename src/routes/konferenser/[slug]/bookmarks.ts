/** The "Mitt program" actions, shared by the programme, session, speaker and own-programme pages. */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { bookmarkSchema } from '#lib/schemas/programme.ts';
import { requireUser, safeNext } from '#lib/server/auth/guards.ts';
import * as conferences from '#lib/server/conferences/conferences.ts';
import { parseForm } from '#lib/server/platform/forms.ts';
import * as programme from '#lib/server/conferences/programme.ts';

type Event = Pick<RequestEvent, 'params' | 'locals' | 'url' | 'request'>;

/** Marks or unmarks one session, then back to the page the participant came from. */
export async function markAction(event: Event) {
	const { conference } = await conferences.requireConference(event, 'view');
	const user = requireUser(event);
	const parsed = await parseForm(event.request, bookmarkSchema);
	if (!parsed.ok) return parsed.failure;
	await programme.setBookmarks(user.id, conference.id, [parsed.data.guid], parsed.data.marked);
	const back = safeNext(parsed.data.returnTo);
	redirect(303, back === '/' ? `/konferenser/${conference.slug}` : back);
}

/** Moves what was marked in the browser before signing in into the account. */
export async function mergeAction(event: Event) {
	const { conference } = await conferences.requireConference(event, 'view');
	const user = requireUser(event);
	const formData = await event.request.formData();
	const guids = String(formData.get('guids') ?? '')
		.split(',')
		.slice(0, 500);
	const added = await programme.setBookmarks(user.id, conference.id, guids, true);
	return { merged: added };
}
