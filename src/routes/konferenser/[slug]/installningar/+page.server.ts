import { fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { SUGGESTED_TRACK_COLOURS } from '#lib/domain/conferences/colour-contrast.ts';
import { conferenceSchema, removeRoleSchema, roleSchema } from '#lib/schemas/conferences.ts';
import { confirmedSchema, daySchema, optionalId, roomSchema, trackSchema } from '#lib/schemas/programme.ts';
import * as conferences from '#lib/server/conferences/conferences.ts';
import { parseForm } from '#lib/server/platform/forms.ts';
import * as programme from '#lib/server/conferences/programme.ts';
import type { Actions, PageServerLoad } from './$types';

const roomForm = roomSchema.extend({ id: optionalId(() => m.prog_error_room_unknown()) });
const trackForm = trackSchema.extend({ id: optionalId(() => m.prog_error_track_unknown()) });

/**
 * An edition's settings. The working group (coordinator, organisers) keeps rooms, tracks and day
 * times; the coordinator and administrators also the edition's details and its working group.
 */
export const load: PageServerLoad = async (event) => {
	const { conference, access } = await conferences.requireConference(event, 'editProgramme');
	const [days, rooms, tracks, group] = await Promise.all([
		programme.listDays(conference),
		programme.listRooms(conference.id),
		programme.listTracks(conference.id),
		access.canManage ? conferences.listWorkingGroup(conference.id) : Promise.resolve([])
	]);
	return { conference, access, days, rooms, tracks, group, suggestedColours: [...SUGGESTED_TRACK_COLOURS] };
};

export const actions: Actions = {
	/** The edition's name, dates, venue, description, contact and status. */
	detaljer: async (event) => {
		const { conference } = await conferences.requireConference(event, 'manage');
		const parsed = await parseForm(event.request, conferenceSchema);
		if (!parsed.ok) return fail(400, { form: 'details' as const, ...parsed.failure.data });
		await conferences.updateConference(conference.id, parsed.data);
		return { form: 'details' as const, saved: true };
	},

	/** The hours one conference day runs (its time block). */
	dag: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		const parsed = await parseForm(event.request, daySchema);
		if (!parsed.ok) return fail(400, { form: 'day' as const, ...parsed.failure.data });
		const result = await programme.saveDay(conference, parsed.data);
		if (!result.ok)
			return fail(400, { form: 'day' as const, values: { date: parsed.data.date }, errors: result.errors });
		return { form: 'day' as const, saved: parsed.data.date };
	},

	/** Adds a room (no id) or changes one. */
	sal: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		const parsed = await parseForm(event.request, roomForm);
		if (!parsed.ok) return fail(400, { form: 'room' as const, ...parsed.failure.data });
		const { id, ...input } = parsed.data;
		const result = await programme.saveRoom(conference.id, id, input);
		const values = Object.fromEntries([...parsed.formData].map(([k, v]) => [k, String(v)]));
		if (!result.ok)
			return fail(400, { form: 'room' as const, values, errors: result.errors, message: result.errors.form });
		return { form: 'room' as const, saved: input.name };
	},

	tabortSal: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		const parsed = await parseForm(
			event.request,
			confirmedSchema.extend({ id: optionalId(() => m.prog_error_room_unknown()) })
		);
		if (!parsed.ok) return fail(400, { form: 'deleteRoom' as const, ...parsed.failure.data });
		const result = await programme.deleteRoom(conference.id, parsed.data.id ?? 0);
		if (!result.ok)
			return fail(409, { form: 'deleteRoom' as const, values: {}, errors: {}, message: result.message });
		return { form: 'deleteRoom' as const, deleted: true };
	},

	/** Adds a track (no id) or changes one; its colour must pass the contrast checks. */
	spar: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		const parsed = await parseForm(event.request, trackForm);
		if (!parsed.ok) return fail(400, { form: 'track' as const, ...parsed.failure.data });
		const { id, ...input } = parsed.data;
		const result = await programme.saveTrack(conference.id, id, input);
		const values = Object.fromEntries([...parsed.formData].map(([k, v]) => [k, String(v)]));
		if (!result.ok)
			return fail(400, {
				form: 'track' as const,
				values,
				errors: result.errors,
				message: result.errors.form
			});
		return { form: 'track' as const, saved: input.name };
	},

	tabortSpar: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		const parsed = await parseForm(
			event.request,
			confirmedSchema.extend({ id: optionalId(() => m.prog_error_track_unknown()) })
		);
		if (!parsed.ok) return fail(400, { form: 'deleteTrack' as const, ...parsed.failure.data });
		const result = await programme.deleteTrack(conference.id, parsed.data.id ?? 0);
		if (!result.ok)
			return fail(409, { form: 'deleteTrack' as const, values: {}, errors: {}, message: result.message });
		return { form: 'deleteTrack' as const, deleted: true };
	},

	/** Gives a person with an account a role in the working group or the office. */
	roll: async (event) => {
		const { conference } = await conferences.requireConference(event, 'manage');
		const parsed = await parseForm(event.request, roleSchema);
		if (!parsed.ok) return fail(400, { form: 'role' as const, ...parsed.failure.data });
		const result = await conferences.setConferenceRole(conference.id, parsed.data.email, parsed.data.role);
		if (!result.ok) {
			const message =
				result.reason === 'unknown_user' ? m.conf_error_unknown_user() : m.conf_error_last_coordinator();
			return fail(400, {
				form: 'role' as const,
				values: { email: parsed.data.email, role: parsed.data.role },
				errors: { email: message }
			});
		}
		return { form: 'role' as const, saved: parsed.data.email };
	},

	tabortRoll: async (event) => {
		const { conference } = await conferences.requireConference(event, 'manage');
		const parsed = await parseForm(event.request, removeRoleSchema);
		if (!parsed.ok) return fail(400, { form: 'removeRole' as const, ...parsed.failure.data });
		const result = await conferences.removeConferenceRole(conference.id, parsed.data.userId);
		if (!result.ok)
			return fail(409, {
				form: 'removeRole' as const,
				values: {},
				errors: {},
				message: m.conf_error_last_coordinator()
			});
		return { form: 'removeRole' as const, removed: true };
	}
};
