import { fail, redirect } from '@sveltejs/kit';
import { diffProgrammes } from '#lib/domain/conferences/published-programme.ts';
import { jointBreakSchema, moveSchema, publishSchema } from '#lib/schemas/programme.ts';
import * as conferences from '#lib/server/conferences/conferences.ts';
import { parseForm } from '#lib/server/platform/forms.ts';
import * as programme from '#lib/server/conferences/programme.ts';
import type { Actions, PageServerLoad } from './$types';

/** The organisers' editor: the draft as a time × room grid per day, its conflicts, and publishing. */
export const load: PageServerLoad = async (event) => {
	const { conference, access } = await conferences.requireConference(event, 'editProgramme');
	const [draft, published, versions] = await Promise.all([
		programme.loadDraft(conference),
		programme.getPublished(conference.id),
		programme.listVersions(conference.id)
	]);
	const requested = event.url.searchParams.get('dag');
	const day = draft.days.find((d) => d.date === requested) ?? draft.days[0]!;
	const dates = new Set(draft.days.map((d) => d.date));
	return {
		conference,
		access,
		draft,
		day,
		conflicts: programme.programmeConflicts(draft),
		// Sessions on dates that are no longer conference days (after the dates changed).
		stray: draft.sessions.filter((s) => !dates.has(s.startsAt.slice(0, 10))),
		published: published ? { number: published.number, publishedAt: published.publishedAt } : null,
		unpublished: published ? diffProgrammes(published.snapshot, programme.toSnapshot(draft)) : null,
		versions,
		justPublished: Number(event.url.searchParams.get('publicerad')) || null,
		copied: event.url.searchParams.get('kopierad')
	};
};

export const actions: Actions = {
	/** A move or resize from the grid (pointer or keyboard); new conflicts need `confirm`. */
	flytta: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		const parsed = await parseForm(event.request, moveSchema);
		if (!parsed.ok) return parsed.failure;
		const { id, roomId, startsAt, endsAt, confirm } = parsed.data;
		const result = await programme.moveSession(conference, id, { roomId, startsAt, endsAt }, { confirm });
		if (result.ok) return { form: 'move' as const, moved: id, conflicts: result.conflicts };
		if (result.conflicts)
			return fail(409, { form: 'move' as const, conflicts: result.conflicts, errors: {} });
		return fail(400, {
			form: 'move' as const,
			errors: result.errors,
			message: Object.values(result.errors)[0]
		});
	},

	/** "Paus i alla salar": one break (or lunch, mingle) across every room at once. */
	paus: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		const parsed = await parseForm(event.request, jointBreakSchema);
		if (!parsed.ok) return fail(400, { form: 'break' as const, ...parsed.failure.data });
		const { title, kind, date, start, end, confirm } = parsed.data;
		const result = await programme.saveSession(
			conference,
			null,
			{
				title,
				abstract: '',
				kind,
				trackId: null,
				roomId: null,
				date,
				start,
				end,
				language: 'sv',
				capacity: null,
				speakerIds: [],
				newSpeaker: null
			},
			{ confirm }
		);
		const values = Object.fromEntries([...parsed.formData].map(([k, v]) => [k, String(v)]));
		if (result.ok) return { form: 'break' as const, added: title };
		if (result.conflicts)
			return fail(409, { form: 'break' as const, values, errors: {}, conflicts: result.conflicts });
		return fail(400, { form: 'break' as const, values, errors: result.errors });
	},

	/** "Publicera": the draft becomes the next public version. */
	publicera: async (event) => {
		const { conference, user } = await conferences.requireConference(event, 'editProgramme');
		const parsed = await parseForm(event.request, publishSchema);
		if (!parsed.ok) return fail(400, { form: 'publish' as const, ...parsed.failure.data });
		const result = await programme.publishProgramme(conference, user.id, parsed.data.note, {
			confirm: parsed.data.confirm
		});
		const values = { note: parsed.data.note };
		if (result.ok) redirect(303, `${event.url.pathname}?publicerad=${result.number}`);
		if (result.reason === 'conflicts') {
			return fail(409, { form: 'publish' as const, values, errors: {}, conflicts: result.conflicts });
		}
		return fail(400, {
			form: 'publish' as const,
			values,
			errors: {},
			message: result.message,
			problems: result.reason === 'invalid' ? [...result.problems] : []
		});
	}
};
