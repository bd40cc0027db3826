import { fail, redirect } from '@sveltejs/kit';
import { suggestNextEdition } from '#lib/domain/conferences/edition-copy.ts';
import { newEditionSchema } from '#lib/schemas/conferences.ts';
import * as conferences from '#lib/server/conferences/conferences.ts';
import { parseForm } from '#lib/server/platform/forms.ts';
import * as programme from '#lib/server/conferences/programme.ts';
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
