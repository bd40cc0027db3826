/**
 * The programme server module against real PostgreSQL: saving sessions with specific Swedish
 * messages and nothing half written, conflicts that need confirmation (also when two organisers
 * save at once), stable GUIDs and SEQUENCE, publishing versions with a change log, and "Mitt
 * program".
 */
import { describe, expect, it } from 'vitest';
import { sql } from '../../src/lib/server/platform/db.ts';
import * as conferences from '../../src/lib/server/conferences/conferences.ts';
import * as programme from '../../src/lib/server/conferences/programme.ts';
import {
	diffProgrammes,
	type ProgrammeSnapshot
} from '../../src/lib/domain/conferences/published-programme.ts';
import { seedDemoProgramme } from '../../db/seed/demo-programme.ts';
import { createUser } from './factories.ts';
import { DAY, buildProgramme, createConference, sessionInput } from './conference-factories.ts';

async function counts(conferenceId: number) {
	const [row] = await sql<{ sessions: number; speakers: number; links: number }[]>`
		select (select count(*) from programme_sessions where conference_id = ${conferenceId}) as sessions,
			(select count(*) from conference_speakers where conference_id = ${conferenceId}) as speakers,
			(select count(*) from programme_session_speakers where conference_id = ${conferenceId}) as links`;
	return row!;
}

describe('saving a session', () => {
	it('stores Stockholm wall-clock times as instants and reads them back the same', async () => {
		const conference = await createConference();
		const { sessions } = await buildProgramme(conference);
		const [row] = await sql<{ startsAt: Date }[]>`
			select starts_at from programme_sessions where id = ${sessions.welcome.id}`;
		// 09:00 in Stockholm in September is 07:00 UTC (summer time)
		expect(row!.startsAt.toISOString()).toBe(`${DAY}T07:00:00.000Z`);
		const draft = await programme.loadDraft(conference);
		expect(draft.sessions[0]).toMatchObject({
			title: 'Välkommen',
			startsAt: `${DAY}T09:00`,
			endsAt: `${DAY}T09:30`
		});
		expect(draft.sessions[0]!.speakers.map((speaker) => speaker.name)).toEqual(['Karin Ek']);
		expect(programme.programmeConflicts(draft)).toEqual([]);
	});

	it.each([
		['end before start', { start: '14:00', end: '13:00' }, 'end', 'Sluttiden måste vara efter starttiden.'],
		['end equal to start', { start: '14:00', end: '14:00' }, 'end', 'Sluttiden måste vara efter starttiden.'],
		[
			'outside the day window',
			{ start: '07:00', end: '08:30' },
			'start',
			'Passet måste ligga inom konferensdagen, 08.00–18.00.'
		],
		[
			'on a date that is not a conference day',
			{ date: '2026-09-16' },
			'date',
			'Datumet 2026-09-16 är inte en av konferensens dagar.'
		],
		[
			'in a room of another conference',
			{ roomId: 999_999 },
			'roomId',
			'Salen finns inte i den här konferensen. Välj en sal i listan.'
		],
		[
			'a track session without a track',
			{ kind: 'track' as const },
			'trackId',
			'Ett spårpass måste höra till ett spår. Välj spår.'
		],
		[
			'an unknown speaker',
			{ speakerIds: [999_999] },
			'speakerIds',
			'Talaren finns inte i den här konferensen.'
		]
	])(
		'refuses a session %s with a specific Swedish message and writes nothing',
		async (_case, fields, field, message) => {
			const conference = await createConference();
			await buildProgramme(conference);
			const before = await counts(conference.id);
			const result = await programme.saveSession(
				conference,
				null,
				sessionInput({ ...fields, newSpeaker: { name: 'Ny Talare', title: null, organisation: null } }),
				{ confirm: true }
			);
			expect(result).toEqual({ ok: false, errors: { [field]: message } });
			expect(await counts(conference.id)).toEqual(before);
		}
	);

	it('refuses a time that does not exist when summer time starts', async () => {
		const conference = await createConference({ startsOn: '2026-03-29' });
		const result = await programme.saveSession(
			conference,
			null,
			sessionInput({ date: '2026-03-29', start: '08:00', end: '09:00' }),
			{ confirm: false }
		);
		expect(result.ok).toBe(true);
		await programme.saveDay(conference, { date: '2026-03-29', start: '01:00', end: '18:00' });
		const refused = await programme.saveSession(
			conference,
			null,
			sessionInput({ date: '2026-03-29', start: '02:30', end: '03:30' }),
			{ confirm: false }
		);
		expect(refused.errors?.start).toContain('finns inte den 29 mars 2026');
	});

	it('asks for confirmation before double-booking a room, and saves nothing without it', async () => {
		const conference = await createConference();
		const { rooms, tracks } = await buildProgramme(conference);
		const before = await counts(conference.id);
		const input = sessionInput({
			title: 'AI i offentlig sektor',
			kind: 'track',
			trackId: tracks.transformation,
			roomId: rooms.bohuslan,
			start: '13:30',
			end: '14:30',
			newSpeaker: { name: 'Eva Holm', title: null, organisation: 'Länsstyrelsen' }
		});
		const refused = await programme.saveSession(conference, null, input, { confirm: false });
		expect(refused.ok).toBe(false);
		expect(refused.conflicts?.map((conflict) => conflict.message)).toEqual([
			'Sal Bohuslän är dubbelbokad 13.30–14.00: ”Digital kompetens för alla” och ”AI i offentlig sektor”.'
		]);
		expect(await counts(conference.id)).toEqual(before);

		const confirmed = await programme.saveSession(conference, null, input, { confirm: true });
		expect(confirmed.ok).toBe(true);
		const draft = await programme.loadDraft(conference);
		const conflicts = programme.programmeConflicts(draft);
		expect(conflicts.map((conflict) => conflict.kind)).toEqual(['room_double_booked']);
		expect(conflicts[0]!.sessionIds).toContain(confirmed.ok ? confirmed.id : 0);
		expect(await counts(conference.id)).toEqual({
			sessions: before.sessions + 1,
			speakers: before.speakers + 1,
			links: before.links + 1
		});
	});

	it('asks again only for conflicts that are new', async () => {
		const conference = await createConference();
		const { rooms, tracks } = await buildProgramme(conference);
		const input = sessionInput({
			title: 'Dubbelbokat',
			kind: 'track',
			trackId: tracks.transformation,
			roomId: rooms.bohuslan,
			start: '13:30',
			end: '14:30'
		});
		const saved = await programme.saveSession(conference, null, input, { confirm: true });
		if (!saved.ok) throw new Error('not saved');
		// Editing the abstract keeps the confirmed double booking and needs no new confirmation.
		const edited = await programme.saveSession(
			conference,
			saved.id,
			{ ...input, abstract: 'Ny text' },
			{ confirm: false }
		);
		expect(edited.ok).toBe(true);
	});

	it('asks for confirmation for a speaker in two places, a plenary over the tracks and too many seats', async () => {
		const conference = await createConference();
		const { rooms, tracks, speakers } = await buildProgramme(conference);
		const refused = await programme.saveSession(
			conference,
			null,
			sessionInput({
				title: 'Panel',
				kind: 'track',
				trackId: tracks.transformation,
				roomId: rooms.dalsland,
				start: '13:00',
				end: '14:00',
				capacity: 150,
				speakerIds: [speakers.maria]
			}),
			{ confirm: false }
		);
		expect(refused.conflicts?.map((conflict) => conflict.kind).sort()).toEqual([
			'capacity_above_room',
			'speaker_double_booked'
		]);
		const plenary = await programme.saveSession(
			conference,
			null,
			sessionInput({ title: 'Sen keynote', start: '13:30', end: '14:30' }),
			{ confirm: false }
		);
		expect(new Set(plenary.conflicts?.map((conflict) => conflict.kind))).toEqual(
			new Set(['plenary_overlaps_track'])
		);
	});

	it('lets only one of two organisers double-book a room without confirmation when they save at once', async () => {
		const conference = await createConference();
		const { rooms, tracks } = await buildProgramme(conference);
		const attempt = (title: string) =>
			programme.saveSession(
				conference,
				null,
				sessionInput({
					title,
					kind: 'track',
					trackId: tracks.transformation,
					roomId: rooms.dalsland,
					start: '14:20',
					end: '15:20'
				}),
				{ confirm: false }
			);
		const results = await Promise.all([attempt('Först'), attempt('Samtidigt'), attempt('Också samtidigt')]);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		expect(results.filter((result) => result.conflicts?.[0]?.kind === 'room_double_booked')).toHaveLength(2);
		const draft = await programme.loadDraft(conference);
		expect(programme.programmeConflicts(draft)).toEqual([]);
	});

	it('keeps the GUID and raises SEQUENCE only when time, room or cancellation change', async () => {
		const conference = await createConference();
		const { sessions, rooms } = await buildProgramme(conference);
		const read = async () =>
			(
				await sql<{ guid: string; sequence: number; updatedAt: Date }[]>`
				select guid, sequence, updated_at from programme_sessions where id = ${sessions.kompetens.id}`
			)[0]!;
		const original = await read();
		expect(original.guid).toMatch(/^[0-9a-f-]{36}$/);
		expect(original.sequence).toBe(0);

		const current = (await programme.getDraftSession(conference.id, sessions.kompetens.id))!;
		await programme.saveSession(
			conference,
			sessions.kompetens.id,
			sessionInput({
				...current,
				date: DAY,
				start: '13:00',
				end: '14:00',
				title: 'Nytt namn',
				newSpeaker: null
			}),
			{ confirm: false }
		);
		expect(await read()).toMatchObject({ guid: original.guid, sequence: 0 });

		const moved = await programme.moveSession(
			conference,
			sessions.kompetens.id,
			{ roomId: rooms.dalsland, startsAt: `${DAY}T14:20`, endsAt: `${DAY}T15:20` },
			{ confirm: false }
		);
		expect(moved.ok).toBe(true);
		expect(await read()).toMatchObject({ guid: original.guid, sequence: 1 });

		expect(await programme.setSessionCancelled(conference.id, sessions.kompetens.id, true)).toBe(true);
		expect(await programme.setSessionCancelled(conference.id, sessions.kompetens.id, true)).toBe(false);
		const cancelled = await read();
		expect(cancelled.sequence).toBe(2);
		expect(cancelled.updatedAt.getTime()).toBeGreaterThanOrEqual(original.updatedAt.getTime());
	});

	it('refuses a move that leaves the day or goes to a room of another conference', async () => {
		const conference = await createConference();
		const other = await createConference();
		const { rooms: otherRooms } = await buildProgramme(other);
		const { sessions } = await buildProgramme(conference);
		const late = await programme.moveSession(
			conference,
			sessions.lunch.id,
			{ roomId: null, startsAt: `${DAY}T17:30`, endsAt: `${DAY}T18:30` },
			{ confirm: true }
		);
		expect(late).toEqual({
			ok: false,
			errors: { start: 'Passet måste ligga inom konferensdagen, 08.00–18.00.' }
		});
		const elsewhere = await programme.moveSession(
			conference,
			sessions.lunch.id,
			{ roomId: otherRooms.gotaland, startsAt: `${DAY}T12:00`, endsAt: `${DAY}T13:00` },
			{ confirm: true }
		);
		expect(elsewhere.errors?.roomId).toBe('Salen finns inte i den här konferensen. Välj en sal i listan.');
	});

	it('also refuses a room of another conference in the database itself', async () => {
		const conference = await createConference();
		const other = await createConference();
		const { rooms } = await buildProgramme(other);
		await expect(
			sql`insert into programme_sessions (conference_id, title, kind, room_id, starts_at, ends_at)
				values (${conference.id}, 'Fel sal', 'plenary', ${rooms.gotaland}, now(), now() + interval '1 hour')`
		).rejects.toThrow(/foreign key/);
	});
});

describe('rooms, tracks and speakers', () => {
	it('refuses a second room or track with the same name, whatever the case', async () => {
		const conference = await createConference();
		await buildProgramme(conference);
		expect(
			await programme.saveRoom(conference.id, null, {
				name: 'sal götaland ',
				capacity: 10,
				accessibility: '',
				position: 9
			})
		).toEqual({ ok: false, errors: { name: 'Det finns redan en sal som heter sal götaland .' } });
		expect(
			await programme.saveTrack(conference.id, null, {
				name: 'DIGITAL KOMPETENS',
				colour: '#0b5cad',
				description: '',
				position: 9,
				leadName: null
			})
		).toMatchObject({ ok: false, errors: { name: 'Det finns redan ett spår som heter DIGITAL KOMPETENS.' } });
	});

	it('keeps a room or track that sessions still use, and says how many', async () => {
		const conference = await createConference();
		const { rooms, tracks } = await buildProgramme(conference);
		expect(await programme.deleteRoom(conference.id, rooms.gotaland)).toEqual({
			ok: false,
			message: 'Salen används av 3 pass. Flytta dem till en annan sal innan du tar bort den.'
		});
		expect(await programme.deleteTrack(conference.id, tracks.sjukvard)).toMatchObject({ ok: false });
		expect(await programme.deleteTrack(conference.id, tracks.transformation)).toEqual({ ok: true });
		expect((await programme.listTracks(conference.id)).map((track) => track.name)).not.toContain(
			'Digital transformation'
		);
	});

	it('removes a deleted speaker from the sessions', async () => {
		const conference = await createConference();
		const { speakers, sessions } = await buildProgramme(conference);
		await programme.deleteSpeaker(conference.id, speakers.karin);
		const welcome = await programme.getDraftSession(conference.id, sessions.welcome.id);
		expect(welcome?.speakerIds).toEqual([]);
	});
});

describe('publishing', () => {
	it('keeps the draft from the public until published, then freezes it as version 1', async () => {
		const conference = await createConference();
		const { sessions } = await buildProgramme(conference);
		const user = await createUser();
		expect(await programme.getPublished(conference.id)).toBeNull();

		const first = await programme.publishProgramme(conference, user.id, 'Första versionen', {
			confirm: false
		});
		expect(first).toEqual({ ok: true, number: 1, changes: [] });
		const published = await programme.getPublished(conference.id);
		expect(published?.number).toBe(1);
		expect(published?.snapshot.sessions.map((session) => session.title)).toContain('Vården på distans');

		// Later edits stay in the draft until the next "Publicera".
		await programme.deleteSession(conference.id, sessions.sjukvard.id);
		const still = await programme.getPublished(conference.id);
		expect(still?.snapshot.sessions.map((session) => session.title)).toContain('Vården på distans');
	});

	it('records what moved since the last version as the change log', async () => {
		const conference = await createConference();
		const { sessions, rooms } = await buildProgramme(conference);
		const user = await createUser();
		await programme.publishProgramme(conference, user.id, '', { confirm: false });
		await programme.moveSession(
			conference,
			sessions.kompetens.id,
			{ roomId: rooms.dalsland, startsAt: `${DAY}T14:20`, endsAt: `${DAY}T15:20` },
			{ confirm: false }
		);
		await programme.setSessionCancelled(conference.id, sessions.sjukvard.id, true);
		const second = await programme.publishProgramme(conference, user.id, 'Flyttat ett pass', {
			confirm: false
		});
		expect(second.ok).toBe(true);
		const published = await programme.getPublished(conference.id);
		expect(published?.number).toBe(2);
		expect(published?.note).toBe('Flyttat ett pass');
		expect(published?.changes).toEqual([
			{
				kind: 'cancelled',
				guid: sessions.sjukvard.guid,
				title: 'Vården på distans',
				from: { startsAt: `${DAY}T13:00`, endsAt: `${DAY}T14:00`, roomName: 'Sal Skaraborg' }
			},
			{
				kind: 'moved',
				guid: sessions.kompetens.guid,
				title: 'Digital kompetens för alla',
				from: { startsAt: `${DAY}T13:00`, endsAt: `${DAY}T14:00`, roomName: 'Sal Bohuslän' },
				to: { startsAt: `${DAY}T14:20`, endsAt: `${DAY}T15:20`, roomName: 'Sal Dalsland' }
			}
		]);
		const versions = await programme.listVersions(conference.id);
		expect(versions.map((version) => [version.number, version.changeCount])).toEqual([
			[2, 2],
			[1, 0]
		]);
	});

	it('refuses an empty programme, an unchanged one, and conflicts without confirmation', async () => {
		const empty = await createConference();
		const user = await createUser();
		expect(await programme.publishProgramme(empty, user.id, '', { confirm: false })).toEqual({
			ok: false,
			reason: 'empty',
			message: 'Det finns inga pass att publicera ännu.'
		});

		const conference = await createConference();
		const { rooms } = await buildProgramme(conference);
		await programme.publishProgramme(conference, user.id, '', { confirm: false });
		expect(await programme.publishProgramme(conference, user.id, '', { confirm: false })).toEqual({
			ok: false,
			reason: 'unchanged',
			message: 'Inget har ändrats sedan version 1.'
		});

		await programme.saveSession(
			conference,
			null,
			sessionInput({ title: 'Krock', roomId: rooms.gotaland, start: '09:15', end: '09:45' }),
			{ confirm: true }
		);
		const refused = await programme.publishProgramme(conference, user.id, '', { confirm: false });
		expect(refused).toMatchObject({ ok: false, reason: 'conflicts' });
		expect(await programme.publishedNumber(conference.id)).toBe(1);
		expect(await programme.publishProgramme(conference, user.id, '', { confirm: true })).toMatchObject({
			ok: true,
			number: 2
		});
	});

	it('gives two organisers publishing at once one new version, never two with the same number', async () => {
		const conference = await createConference();
		await buildProgramme(conference);
		const user = await createUser();
		const results = await Promise.all([
			programme.publishProgramme(conference, user.id, 'A', { confirm: false }),
			programme.publishProgramme(conference, user.id, 'B', { confirm: false }),
			programme.publishProgramme(conference, user.id, 'C', { confirm: false })
		]);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		expect(results.filter((result) => !result.ok && result.reason === 'unchanged')).toHaveLength(2);
		const [{ count }] = await sql<{ count: number }[]>`
			select count(*) from programme_versions where conference_id = ${conference.id}`;
		expect(count).toBe(1);
	});
});

describe('Mitt program', () => {
	it('keeps a participant’s marks for sessions of the published programme only', async () => {
		const conference = await createConference();
		const { sessions } = await buildProgramme(conference);
		const user = await createUser();
		// Nothing is published yet, so nothing can be marked.
		expect(await programme.setBookmarks(user.id, conference.id, [sessions.kompetens.guid], true)).toBe(0);
		await programme.publishProgramme(conference, user.id, '', { confirm: false });

		const marked = await programme.setBookmarks(
			user.id,
			conference.id,
			[
				sessions.kompetens.guid.toUpperCase(),
				sessions.sjukvard.guid,
				'inte-ett-guid',
				'00000000-0000-4000-8000-000000000000'
			],
			true
		);
		expect(marked).toBe(2);
		// Marking again, as a second browser tab might, changes nothing.
		await Promise.all([
			programme.setBookmarks(user.id, conference.id, [sessions.kompetens.guid], true),
			programme.setBookmarks(user.id, conference.id, [sessions.kompetens.guid], true)
		]);
		expect(await programme.listBookmarks(user.id, conference.id)).toEqual([
			sessions.kompetens.guid,
			sessions.sjukvard.guid
		]);
		await programme.setBookmarks(user.id, conference.id, [sessions.kompetens.guid], false);
		expect(await programme.listBookmarks(user.id, conference.id)).toEqual([sessions.sjukvard.guid]);
	});
});

describe('the demo programme (db/seed/demo-programme.ts)', () => {
	it('publishes what the app itself would publish, with a change log, once', async () => {
		const [series] = await sql<{ id: number }[]>`
			insert into conference_series (slug, name) values ('digitalisering-i-manniskans-tjanst', 'Digitalisering i människans tjänst')
			returning id`;
		const coordinator = await createUser();
		for (const [slug, day, status] of [
			['dimt-demo-1', '2026-11-19', 'completed'],
			['dimt-demo-2', '2027-11-18', 'registration_open']
		] as const) {
			const [row] = await sql<{ id: number }[]>`
				insert into conferences (series_id, slug, title, starts_on, ends_on, venue, status)
				values (${series!.id}, ${slug}, ${slug}, ${day}, ${day}, 'Svenska Mässan, Göteborg', ${status}) returning id`;
			await sql`insert into conference_roles (conference_id, user_id, role) values (${row!.id}, ${coordinator.id}, 'coordinator')`;
		}
		expect(await sql.begin((tx) => seedDemoProgramme(tx))).toEqual({ editions: 2, sessions: 36 });
		expect(await sql.begin((tx) => seedDemoProgramme(tx))).toEqual({ editions: 0, sessions: 0 });

		const current = (await conferences.getConferenceBySlug('dimt-demo-2'))!;
		const versions = await programme.listVersions(current.id);
		expect(versions.map((version) => version.number)).toEqual([2, 1]);
		const published = (await programme.getPublished(current.id))!;
		const draft = await programme.loadDraft(current);
		expect(programme.programmeConflicts(draft)).toEqual([]);
		expect(published.snapshot.tracks.map((track) => track.name)).toContain('AI i offentlig sektor');
		// The seed's snapshot is exactly the app's: publishing again finds nothing new.
		expect(await programme.publishProgramme(current, coordinator.id, '', { confirm: false })).toMatchObject({
			ok: false,
			reason: 'unchanged'
		});
		const [first] = await sql<{ snapshot: ProgrammeSnapshot }[]>`
			select snapshot from programme_versions where conference_id = ${current.id} and number = 1`;
		expect(published.changes).toEqual(diffProgrammes(first!.snapshot, published.snapshot));
		expect(published.changes.map((change) => change.kind)).toEqual(['renamed', 'moved', 'moved']);

		const previous = (await conferences.getConferenceBySlug('dimt-demo-1'))!;
		const last = (await programme.getPublished(previous.id))!;
		expect(last.number).toBe(1);
		expect(last.snapshot.tracks.map((track) => track.name)).toEqual([
			'Västsvenska möjligheter',
			'Digital kompetens',
			'Digital transformation',
			'Sjukvårdsspåret'
		]);
	});
});
