import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { confirmedSchema } from '#lib/schemas/programme.ts';
import * as conferences from '#lib/server/conferences/conferences.ts';
import { parseForm } from '#lib/server/platform/forms.ts';
import * as programme from '#lib/server/conferences/programme.ts';
import { saveSessionAction } from '../../session-form.ts';
import type { Actions, PageServerLoad } from './$types';

function sessionId(param: string): number {
	const id = Number(param);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, m.error_not_found());
	return id;
}

/** One session of the draft: the form, "Ställ in" and "Ta bort". */
export const load: PageServerLoad = async (event) => {
	const { conference, access } = await conferences.requireConference(event, 'editProgramme');
	const session = await programme.getDraftSession(conference.id, sessionId(event.params.id));
	if (!session) error(404, m.error_not_found());
	const draft = await programme.loadDraft(conference);
	return {
		conference,
		access,
		session: {
			id: session.id,
			guid: session.guid,
			title: session.title,
			cancelled: session.cancelled,
			sequence: session.sequence
		},
		conflicts: programme.programmeConflicts(draft).filter((c) => c.sessionIds.includes(session.id)),
		days: draft.days,
		rooms: draft.rooms,
		tracks: draft.tracks,
		speakers: draft.speakers,
		initial: {
			title: session.title,
			abstract: session.abstract,
			kind: session.kind,
			trackId: session.trackId === null ? '' : String(session.trackId),
			roomId: session.roomId === null ? '' : String(session.roomId),
			date: session.startsAt.slice(0, 10),
			start: session.startsAt.slice(11),
			end: session.endsAt.slice(11),
			language: session.language,
			capacity: session.capacity === null ? '' : String(session.capacity),
			speakerIds: session.speakerIds.join(',')
		}
	};
};

export const actions: Actions = {
	spara: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		return saveSessionAction(event, conference, sessionId(event.params.id));
	},

	/** "Ställ in" / "Återinför": a cancelled session stays visible, marked, so participants notice. */
	installa: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		const id = sessionId(event.params.id);
		const formData = await event.request.formData();
		const cancel = formData.get('cancelled') === 'true';
		if (!(await programme.setSessionCancelled(conference.id, id, cancel))) {
			return fail(409, { values: {}, errors: {}, message: m.prog_error_session_unknown() });
		}
		return { cancelledChanged: cancel };
	},

	/** "Ta bort" needs the box ticked: a deleted session is gone from the next version. */
	tabort: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		const id = sessionId(event.params.id);
		const parsed = await parseForm(event.request, confirmedSchema);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, form: 'delete' as const });
		const session = await programme.getDraftSession(conference.id, id);
		await programme.deleteSession(conference.id, id);
		redirect(
			303,
			`/konferenser/${conference.slug}/program/redigera?dag=${session?.startsAt.slice(0, 10) ?? ''}`
		);
	}
};
