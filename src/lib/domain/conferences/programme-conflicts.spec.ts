import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	conflictsForSession,
	findConflicts,
	type Conflict,
	type ConflictInput
} from './programme-conflicts.ts';
import type { Session } from './programme.ts';
import { ROOM, TRACK, conference2020, days2020, rooms2020, sessions2020 } from './programme.fixture.ts';

function input(sessions: Session[] = sessions2020()): ConflictInput {
	return {
		conference: conference2020(),
		days: days2020(),
		rooms: rooms2020(),
		sessions
	};
}

function withSession(change: Partial<Session> & Pick<Session, 'id'>): Session[] {
	const sessions = sessions2020();
	const index = sessions.findIndex((session) => session.id === change.id);
	if (index === -1) return [...sessions, { ...base(), ...change }];
	sessions[index] = { ...(sessions[index] as Session), ...change };
	return sessions;
}

function base(): Session {
	return {
		id: 0,
		guid: '00000000-0000-4000-8000-000000000000',
		title: 'Extra pass',
		abstract: '',
		kind: 'track',
		trackId: TRACK.kompetens,
		roomId: ROOM.bohuslan,
		startsAt: '2020-09-15T13:00',
		endsAt: '2020-09-15T14:00',
		speakers: [],
		language: 'sv',
		capacity: null
	};
}

const kinds = (conflicts: Conflict[]) => conflicts.map((conflict) => conflict.kind);

describe('findConflicts on the 2020 programme', () => {
	it('reports nothing for the programme as planned', () => {
		// Touching sessions (lunch 12.00–13.00, tracks from 13.00), breaks across all rooms during
		// the tracks, the moderator in three non-overlapping sessions: none of it is a conflict.
		expect(findConflicts(input())).toEqual([]);
	});
});

describe('room_double_booked', () => {
	it('reports two sessions in the same room at the same time, with the shared time', () => {
		const conflicts = findConflicts(
			input(
				withSession({
					id: 50,
					title: 'AI i offentlig sektor',
					startsAt: '2020-09-15T13:30',
					endsAt: '2020-09-15T14:00'
				})
			)
		);
		expect(conflicts).toEqual([
			{
				kind: 'room_double_booked',
				sessionIds: [9, 50],
				roomId: ROOM.bohuslan,
				message:
					'Sal Bohuslän är dubbelbokad 13.30–14.00: ”Digital kompetens för alla medarbetare” och ”AI i offentlig sektor”.'
			}
		]);
	});

	it('does not report sessions that only touch (one ends when the next starts)', () => {
		const sessions = withSession({
			id: 50,
			startsAt: '2020-09-15T14:00',
			endsAt: '2020-09-15T14:20'
		});
		expect(findConflicts(input(sessions))).toEqual([]);
	});

	it('does not count breaks and lunch across all rooms (roomId null) as bookings', () => {
		// The afternoon break, lunch and mingle have no room and lie alongside many sessions.
		const sessions = withSession({
			id: 12,
			startsAt: '2020-09-15T13:00',
			endsAt: '2020-09-15T15:20'
		});
		expect(findConflicts(input(sessions))).toEqual([]);
	});

	it('counts a break held in a particular room as a booking of that room', () => {
		const sessions = withSession({
			id: 12,
			roomId: ROOM.dalsland,
			startsAt: '2020-09-15T13:50',
			endsAt: '2020-09-15T14:20'
		});
		const conflicts = findConflicts(input(sessions));
		expect(kinds(conflicts)).toEqual(['room_double_booked']);
		expect(conflicts[0]?.sessionIds).toEqual([10, 12]);
	});

	it('reports every pair when three sessions share a room', () => {
		const sessions = [
			...sessions2020(),
			{
				...base(),
				id: 50,
				startsAt: '2020-09-15T13:10',
				endsAt: '2020-09-15T13:50'
			},
			{
				...base(),
				id: 51,
				startsAt: '2020-09-15T13:20',
				endsAt: '2020-09-15T13:40'
			}
		];
		const conflicts = findConflicts(input(sessions));
		expect(conflicts.map((conflict) => conflict.sessionIds)).toEqual([
			[9, 50],
			[9, 51],
			[50, 51]
		]);
	});
});

describe('plenary_overlaps_track', () => {
	it('reports a joint session that runs into the parallel tracks, once per track session', () => {
		const sessions = withSession({
			id: 17,
			startsAt: '2020-09-15T15:00',
			endsAt: '2020-09-15T15:30'
		});
		const conflicts = findConflicts(input(sessions));
		const overlaps = conflicts.filter((conflict) => conflict.kind === 'plenary_overlaps_track');
		expect(overlaps.map((conflict) => conflict.sessionIds)).toEqual([
			[13, 17],
			[14, 17],
			[15, 17],
			[16, 17]
		]);
		expect(overlaps[0]?.message).toBe(
			'Det gemensamma passet ”Gemensam avslutning” (15.00–15.30) överlappar spårpasset ' +
				'”Bredband och digital infrastruktur på landsbygden” (14.20–15.20).'
		);
		// The closing is in Sal Götaland, where a track session still runs: also a double booking.
		expect(kinds(conflicts).filter((kind) => kind === 'room_double_booked')).toHaveLength(1);
	});

	it('reports a joint plenary without a room as well', () => {
		const sessions = withSession({
			id: 3,
			startsAt: '2020-09-15T12:30',
			endsAt: '2020-09-15T13:15'
		});
		const conflicts = findConflicts(input(sessions));
		expect(new Set(kinds(conflicts))).toEqual(new Set(['plenary_overlaps_track']));
		expect(conflicts).toHaveLength(4);
	});

	it('does not report a plenary that ends as the tracks start', () => {
		const sessions = withSession({ id: 6, endsAt: '2020-09-15T13:00' });
		expect(findConflicts(input(sessions)).map((conflict) => conflict.kind)).not.toContain(
			'plenary_overlaps_track'
		);
	});

	it('does not treat a plenary-kind session inside a track, or the mingle, as joint', () => {
		const inTrack = withSession({
			id: 50,
			kind: 'plenary',
			roomId: null,
			trackId: TRACK.sjukvard,
			startsAt: '2020-09-15T13:00',
			endsAt: '2020-09-15T14:00'
		});
		expect(findConflicts(input(inTrack))).toEqual([]);
		const mingle = withSession({
			id: 18,
			startsAt: '2020-09-15T15:00',
			endsAt: '2020-09-15T17:00'
		});
		expect(findConflicts(input(mingle))).toEqual([]);
	});
});

describe('speaker_double_booked', () => {
	it('reports a speaker in two parallel sessions', () => {
		const sessions = sessions2020();
		const kompetens = sessions.find((session) => session.id === 9);
		kompetens?.speakers.push({ id: 108, name: 'Sofia Berg' });
		const conflicts = findConflicts(input(sessions));
		expect(conflicts).toEqual([
			{
				kind: 'speaker_double_booked',
				sessionIds: [9, 11],
				speakerId: 108,
				message:
					'Sofia Berg talar i två pass samtidigt 13.00–14.00: ”Digital kompetens för alla medarbetare” och ' +
					'”Lessons learned: covid-19 och vården på distans”.'
			}
		]);
	});

	it('does not report a speaker in back-to-back sessions or listed twice on one session', () => {
		const sessions = sessions2020();
		const afternoon = sessions.find((session) => session.id === 13);
		afternoon?.speakers.push({ id: 103, name: 'Maria Lindström' }, { id: 103, name: 'Maria Lindström' });
		// Maria speaks 13.00–14.00 (id 8) and now 14.20–15.20 (id 13), and in the morning.
		expect(findConflicts(input(sessions))).toEqual([]);
	});
});

describe('outside_conference_day', () => {
	it('reports sessions before the day starts, after it ends, or on another date', () => {
		const sessions = [
			...sessions2020(),
			{
				...base(),
				id: 50,
				roomId: null,
				trackId: null,
				kind: 'break' as const,
				title: 'Frukost',
				startsAt: '2020-09-15T07:30',
				endsAt: '2020-09-15T08:15'
			},
			{
				...base(),
				id: 51,
				roomId: null,
				trackId: null,
				kind: 'mingle' as const,
				title: 'Middag',
				startsAt: '2020-09-15T17:00',
				endsAt: '2020-09-15T18:30'
			},
			{
				...base(),
				id: 52,
				roomId: null,
				trackId: null,
				kind: 'plenary' as const,
				title: 'Studiebesök',
				startsAt: '2020-09-16T09:00',
				endsAt: '2020-09-16T10:00'
			}
		];
		const conflicts = findConflicts(input(sessions));
		expect(conflicts.map((conflict) => [conflict.kind, conflict.sessionIds, conflict.message])).toEqual([
			[
				'outside_conference_day',
				[50],
				'”Frukost” (07.30–08.15) ligger utanför konferensdagens tider 08.00–18.00.'
			],
			[
				'outside_conference_day',
				[51],
				'”Middag” (17.00–18.30) ligger utanför konferensdagens tider 08.00–18.00.'
			],
			['outside_conference_day', [52], '”Studiebesök” ligger 2020-09-16, som inte är en konferensdag.']
		]);
	});

	it('accepts a session that fills the day window exactly', () => {
		const sessions = [
			{
				...base(),
				id: 50,
				roomId: null,
				trackId: null,
				kind: 'break' as const,
				startsAt: '2020-09-15T08:00',
				endsAt: '2020-09-15T18:00'
			}
		];
		expect(findConflicts(input(sessions))).toEqual([]);
	});

	it('reports a session that runs past midnight', () => {
		const sessions = [
			{
				...base(),
				id: 50,
				roomId: null,
				trackId: null,
				kind: 'mingle' as const,
				title: 'Nattmingel',
				startsAt: '2020-09-15T17:00',
				endsAt: '2020-09-16T01:00'
			}
		];
		expect(findConflicts(input(sessions))).toEqual([
			{
				kind: 'outside_conference_day',
				sessionIds: [50],
				message:
					'”Nattmingel” (2020-09-15 17.00–2020-09-16 01.00) ligger utanför konferensdagens tider 08.00–18.00.'
			}
		]);
	});
});

describe('capacity_above_room', () => {
	it('reports a session that takes more participants than its room holds', () => {
		const conflicts = findConflicts(input(withSession({ id: 9, capacity: 150 })));
		expect(conflicts).toEqual([
			{
				kind: 'capacity_above_room',
				sessionIds: [9],
				roomId: ROOM.bohuslan,
				message:
					'”Digital kompetens för alla medarbetare” tar emot 150 deltagare men Sal Bohuslän rymmer 120.'
			}
		]);
	});

	it('accepts a session exactly as large as the room, or without its own limit, or in a room of unknown size', () => {
		expect(findConflicts(input(withSession({ id: 9, capacity: 120 })))).toEqual([]);
		expect(findConflicts(input(withSession({ id: 9, capacity: null })))).toEqual([]);
		const rooms = rooms2020().map((room) => (room.id === ROOM.bohuslan ? { ...room, capacity: null } : room));
		expect(findConflicts({ ...input(withSession({ id: 9, capacity: 999 })), rooms })).toEqual([]);
	});
});

describe('invalid_time', () => {
	it('reports a session that ends before it starts and leaves it out of the other checks', () => {
		const sessions = withSession({
			id: 9,
			startsAt: '2020-09-15T14:00',
			endsAt: '2020-09-15T13:00'
		});
		const conflicts = findConflicts(input(sessions));
		expect(kinds(conflicts)).toEqual(['invalid_time']);
		expect(conflicts[0]?.sessionIds).toEqual([9]);
	});

	it('reports times that are not local date-times', () => {
		const sessions = withSession({
			id: 9,
			startsAt: '2020-09-15 13:00',
			endsAt: '2020-02-30T14:00'
		});
		expect(kinds(findConflicts(input(sessions)))).toEqual(['invalid_time']);
	});
});

describe('ordering and lookup', () => {
	const troubled = () => {
		const sessions = withSession({
			id: 17,
			startsAt: '2020-09-15T15:00',
			endsAt: '2020-09-15T15:30',
			capacity: 500
		});
		sessions.push({
			...base(),
			id: 50,
			speakers: [{ id: 106, name: 'Ahmed Karimi' }],
			startsAt: '2020-09-15T07:45',
			endsAt: '2020-09-15T08:30'
		});
		sessions.push({
			...base(),
			id: 51,
			speakers: [{ id: 106, name: 'Ahmed Karimi' }],
			startsAt: '2020-09-15T13:45',
			endsAt: '2020-09-15T14:10'
		});
		return sessions;
	};

	it('lists conflicts in programme order, whatever the order of the input', () => {
		const expected = findConflicts(input(troubled()));
		expect(expected.length).toBeGreaterThan(8);
		// First by the earliest session involved: the 07.45 session comes first.
		expect(expected[0]?.sessionIds).toEqual([50]);
		fc.assert(
			fc.property(fc.shuffledSubarray(troubled(), { minLength: troubled().length }), (shuffled) => {
				expect(findConflicts(input(shuffled))).toEqual(expected);
			}),
			{ numRuns: 50 }
		);
	});

	it('conflictsForSession returns the conflicts a session is part of', () => {
		const conflicts = findConflicts(input(troubled()));
		const forClosing = conflictsForSession(conflicts, 17);
		expect(kinds(forClosing)).toEqual([
			'room_double_booked',
			'plenary_overlaps_track',
			'plenary_overlaps_track',
			'plenary_overlaps_track',
			'plenary_overlaps_track',
			'capacity_above_room'
		]);
		expect(conflictsForSession(conflicts, 2)).toEqual([]);
	});
});

describe('sweep against a brute-force reference', () => {
	// Quarter-hour slots between 08:00 and 18:00 in three rooms, with three speakers.
	const arbitrarySession = fc.record({
		startSlot: fc.integer({ min: 0, max: 38 }),
		length: fc.integer({ min: 1, max: 8 }),
		roomId: fc.constantFrom(ROOM.gotaland, ROOM.bohuslan, ROOM.dalsland, null),
		trackId: fc.constantFrom(TRACK.kompetens, TRACK.sjukvard, null),
		kind: fc.constantFrom('plenary' as const, 'track' as const, 'break' as const, 'closing' as const),
		speakerIds: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), {
			maxLength: 2
		})
	});
	const clock = (slot: number) => {
		const minutes = 8 * 60 + Math.min(slot, 40) * 15;
		return `2020-09-15T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
	};

	it('finds exactly the overlapping pairs a pairwise comparison finds', () => {
		fc.assert(
			fc.property(fc.array(arbitrarySession, { maxLength: 30 }), (drafts) => {
				const sessions: Session[] = drafts.map((draft, index) => ({
					...base(),
					id: index + 1,
					title: `Pass ${index + 1}`,
					kind: draft.kind,
					roomId: draft.roomId,
					trackId: draft.trackId,
					startsAt: clock(draft.startSlot),
					endsAt: clock(draft.startSlot + draft.length),
					speakers: draft.speakerIds.map((id) => ({
						id,
						name: `Talare ${id}`
					}))
				}));
				const found = findConflicts(input(sessions));
				const pairsOf = (kind: Conflict['kind']) =>
					found
						.filter((conflict) => conflict.kind === kind)
						.map((conflict) => conflict.sessionIds.toSorted((a, b) => a - b).join('+'))
						.sort();

				const overlap = (a: Session, b: Session) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;
				const joint = (s: Session) => (s.kind === 'plenary' || s.kind === 'closing') && s.trackId === null;
				const room: string[] = [];
				const speaker: string[] = [];
				const plenary: string[] = [];
				for (const [i, a] of sessions.entries()) {
					for (const b of sessions.slice(i + 1)) {
						if (!overlap(a, b)) continue;
						const key = `${a.id}+${b.id}`;
						if (a.roomId !== null && a.roomId === b.roomId) room.push(key);
						for (const s of a.speakers) if (b.speakers.some((t) => t.id === s.id)) speaker.push(key);
						if ((joint(a) && b.trackId !== null) || (joint(b) && a.trackId !== null)) plenary.push(key);
					}
				}
				expect(pairsOf('room_double_booked')).toEqual(room.sort());
				expect(pairsOf('speaker_double_booked')).toEqual(speaker.sort());
				expect(pairsOf('plenary_overlaps_track')).toEqual(plenary.sort());
			}),
			{ numRuns: 200 }
		);
	});

	it('handles a programme of hundreds of sessions quickly', () => {
		const sessions: Session[] = Array.from({ length: 600 }, (_, index) => ({
			...base(),
			id: index + 1,
			roomId: (index % 20) + 1,
			trackId: null,
			kind: 'track',
			startsAt: clock(Math.floor(index / 20)),
			endsAt: clock(Math.floor(index / 20) + 1),
			speakers: [{ id: index % 50, name: `Talare ${index % 50}` }]
		}));
		const rooms = Array.from({ length: 20 }, (_, index) => ({
			id: index + 1,
			name: `Sal ${index + 1}`,
			capacity: null
		}));
		const started = performance.now();
		const conflicts = findConflicts({ ...input(sessions), rooms });
		expect(performance.now() - started).toBeLessThan(1000);
		// Each room and each speaker has one session per quarter-hour at most: nothing to report.
		expect(conflicts).toEqual([]);
	});
});
