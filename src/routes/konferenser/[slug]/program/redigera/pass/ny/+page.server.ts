import * as conferences from '#lib/server/conferences/conferences.ts';
import * as programme from '#lib/server/conferences/programme.ts';
import { saveSessionAction } from '../../session-form.ts';
import type { Actions, PageServerLoad } from './$types';

const TIME = /^\d{2}:\d{2}$/;

/** "Nytt pass". The grid links here with day, room and time filled in (?dag, sal, start, slut). */
export const load: PageServerLoad = async (event) => {
	const { conference, access } = await conferences.requireConference(event, 'editProgramme');
	const draft = await programme.loadDraft(conference);
	const query = event.url.searchParams;
	const day = draft.days.find((d) => d.date === query.get('dag')) ?? draft.days[0]!;
	const room = draft.rooms.find((r) => String(r.id) === query.get('sal'));
	const start = query.get('start') ?? '';
	const end = query.get('slut') ?? '';
	return {
		conference,
		access,
		days: draft.days,
		rooms: draft.rooms,
		tracks: draft.tracks,
		speakers: draft.speakers,
		initial: {
			date: day.date,
			kind: room ? 'track' : 'plenary',
			roomId: room ? String(room.id) : '',
			start: TIME.test(start) ? start : '',
			end: TIME.test(end) ? end : '',
			language: 'sv'
		}
	};
};

export const actions: Actions = {
	spara: async (event) => {
		const { conference } = await conferences.requireConference(event, 'editProgramme');
		return saveSessionAction(event, conference, null);
	}
};
