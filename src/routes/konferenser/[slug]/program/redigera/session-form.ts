/** The session form's action, shared by "Nytt pass" and editing a session. */
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { sessionSchema } from '#lib/schemas/programme.ts';
import type { ConferenceDetails } from '#lib/server/conferences/conferences.ts';
import { formError, formValues } from '#lib/server/platform/forms.ts';
import * as programme from '#lib/server/conferences/programme.ts';

/**
 * Like parseForm, but the speakers are checkboxes sharing one name, which parseForm (one value per
 * name) cannot carry: they are read with getAll and echoed back comma-separated.
 */
export async function saveSessionAction(
	event: Pick<RequestEvent, 'request'>,
	conference: ConferenceDetails,
	sessionId: number | null
) {
	let formData: FormData;
	try {
		formData = await event.request.formData();
	} catch {
		return formError(400, m.error_form_unreadable());
	}
	const speakerValues = formData.getAll('speakerIds').map(String);
	const values = { ...formValues(formData), speakerIds: speakerValues.join(',') };
	const parsed = sessionSchema.safeParse(Object.fromEntries(formData));
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const issue of parsed.error.issues) errors[issue.path.join('.') || 'form'] ??= issue.message;
		return fail(400, { values, errors });
	}
	const data = parsed.data;
	const speakerIds = speakerValues.map((value) => Number(value));
	if (speakerIds.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
		return fail(400, { values, errors: { speakerIds: m.prog_error_speaker_unknown() } });
	}
	const result = await programme.saveSession(
		conference,
		sessionId,
		{
			title: data.title,
			abstract: data.abstract,
			kind: data.kind,
			trackId: data.trackId,
			roomId: data.roomId,
			date: data.date,
			start: data.start,
			end: data.end,
			language: data.language,
			capacity: data.capacity,
			speakerIds,
			newSpeaker: data.newSpeakerName
				? {
						name: data.newSpeakerName,
						title: data.newSpeakerTitle,
						organisation: data.newSpeakerOrganisation
					}
				: null
		},
		{ confirm: data.confirm }
	);
	if (result.ok) {
		redirect(303, `/konferenser/${conference.slug}/program/redigera?dag=${data.date}&sparat=${result.id}`);
	}
	if (result.conflicts) return fail(409, { values, errors: {}, conflicts: result.conflicts });
	return fail(400, { values, errors: result.errors, message: result.errors.form });
}
