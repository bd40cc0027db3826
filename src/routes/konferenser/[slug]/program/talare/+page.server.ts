import { fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { confirmedSchema, optionalId, speakerSchema } from '#lib/schemas/programme.ts';
import * as conferences from '#lib/server/conferences/conferences.ts';
import { parseForm } from '#lib/server/platform/forms.ts';
import * as programme from '#lib/server/conferences/programme.ts';
import type { Actions, PageServerLoad } from './$types';

const speakerForm = speakerSchema.extend({ id: optionalId(() => m.prog_error_speaker_unknown()) });

/** The edition's speakers: name, title, organisation and a short bio, and where each speaks. */
export const load: PageServerLoad = async (event) => {
	const { conference, access } = await conferences.requireConference(event, 'editProgramme');
	const draft = await programme.loadDraft(conference);
	const sessionsOf = (id: number) =>
		draft.sessions
			.filter((s) => s.speakers.some((speaker) => speaker.id === id))
			.map((s) => ({ id: s.id, title: s.title }));
	return {
		conference,
		access,
		speakers: draft.speakers.map((speaker) => ({ ...speaker, sessions: sessionsOf(speaker.id) }))
	};
};

export const actions: Actions = {
	spara: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		const parsed = await parseForm(event.request, speakerForm);
		if (!parsed.ok) return parsed.failure;
		const { id, ...input } = parsed.data;
		const result = await programme.saveSpeaker(conference.id, id, input);
		if (!result.ok)
			return fail(400, {
				values: Object.fromEntries([...parsed.formData].map(([k, v]) => [k, String(v)])),
				errors: result.errors,
				message: result.errors.form
			});
		return { saved: input.name };
	},

	tabort: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		const parsed = await parseForm(
			event.request,
			confirmedSchema.extend({ id: optionalId(() => m.prog_error_speaker_unknown()) })
		);
		if (!parsed.ok) return parsed.failure;
		await programme.deleteSpeaker(conference.id, parsed.data.id ?? 0);
		return { deleted: true };
	}
};
