import { fail, redirect } from '@sveltejs/kit';
import { suggestNextEdition } from '#lib/domain/edition-copy.js';
import { newEditionSchema } from '#lib/schemas/conferences.js';
import * as conferences from '#lib/server/conferences.js';
import { parseForm } from '#lib/server/forms.js';
import * as programme from '#lib/server/programme.js';
import type { Actions, PageServerLoad } from './$types';

/** "Ny upplaga": next year's edition with this one's format, proposed for the same weekday. */
export const load: PageServerLoad = async (event) => {
	const { conference, access } = await conferences.requireConference(event, 'manage');
	const draft = await programme.loadDraft(conference);
	return {
		conference,
		access,
		suggestion: suggestNextEdition(conference),
		counts: {
			rooms: draft.rooms.length,
			tracks: draft.tracks.length,
			sessions: draft.sessions.filter((s) => !s.cancelled).length,
			speakers: draft.speakers.length
		}
	};
};

export const actions: Actions = {
	skapa: async (event) => {
		const { conference } = await conferences.requireConference(event, 'manage');
		const parsed = await parseForm(event.request, newEditionSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await programme.createNextEdition(conference, parsed.data);
		if (!result.ok) return fail(400, { values: { ...parsed.data }, errors: result.errors });
		redirect(303, `/konferenser/${result.slug}/program/redigera?kopierad=${result.sessions}`);
	}
};
