import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	diffProgrammes,
	filterByTrack,
	myDay,
	sessionsByDate,
	sessionsOfSpeaker,
	type ProgrammeSession,
	type ProgrammeSnapshot
} from './published-programme.ts';
import {
	ROOM,
	TRACK,
	conference2020,
	days2020,
	rooms2020,
	sessions2020,
	tracks2020
} from './programme.fixture.ts';

function snapshot(
	change: (sessions: ProgrammeSession[]) => ProgrammeSession[] = (s) => s
): ProgrammeSnapshot {
	const sessions = sessions2020().map((session) => ({
		...session,
		speakers: session.speakers.map((speaker) => ({ ...speaker, bio: '' })),
		sequence: 0,
		cancelled: false
	}));
	return {
		conference: conference2020(),
		days: days2020(),
		rooms: rooms2020().map((room) => ({ ...room, accessibility: '' })),
		tracks: tracks2020().map((track) => ({ ...track, description: '', leadName: null })),
		sessions: change(sessions),
		speakers: []
	};
}

const edit = (id: number, fields: Partial<ProgrammeSession>) => (sessions: ProgrammeSession[]) =>
	sessions.map((session) => (session.id === id ? { ...session, ...fields } : session));

describe('diffProgrammes', () => {
	it('finds nothing between two identical versions', () => {
		expect(diffProgrammes(snapshot(), snapshot())).toEqual([]);
	});

	it('reports a session moved to another time, with where it was and where it is', () => {
		const next = snapshot(edit(9, { startsAt: '2020-09-15T14:20', endsAt: '2020-09-15T15:20' }));
		expect(diffProgrammes(snapshot(), next)).toEqual([
			{
				kind: 'moved',
				guid: 'a128bd15-9163-48f0-8e45-9913599e9b95',
				title: 'Digital kompetens för alla medarbetare',
				from: { startsAt: '2020-09-15T13:00', endsAt: '2020-09-15T14:00', roomName: 'Sal Bohuslän' },
				to: { startsAt: '2020-09-15T14:20', endsAt: '2020-09-15T15:20', roomName: 'Sal Bohuslän' }
			}
		]);
	});

	it('reports a change of room, and a joint session as being in no particular room', () => {
		const next = snapshot(edit(2, { roomId: null }));
		expect(diffProgrammes(snapshot(), next)).toMatchObject([
			{ kind: 'moved', from: { roomName: 'Sal Götaland' }, to: { roomName: null } }
		]);
		const renamedRoom = snapshot();
		renamedRoom.rooms = renamedRoom.rooms.map((room) =>
			room.id === ROOM.dalsland ? { ...room, name: 'Sal Dalsland (plan 2)' } : room
		);
		expect(diffProgrammes(snapshot(), renamedRoom).map((change) => change.kind)).toEqual(['moved', 'moved']);
	});

	it('reports added, removed, cancelled, reinstated and renamed sessions', () => {
		const previous = snapshot(edit(14, { cancelled: true }));
		const next = snapshot((sessions) => [
			...edit(11, { cancelled: true })(
				edit(8, { title: 'Öppna data i hela Västra Götaland' })(sessions)
			).filter((s) => s.id !== 13),
			{
				...sessions[8]!,
				id: 60,
				guid: 'c7a4e9c2-2b61-4a39-8b52-8d7e0a4fbd01',
				title: 'Nytt pass om AI',
				startsAt: '2020-09-15T15:20',
				endsAt: '2020-09-15T15:30'
			}
		]);
		const changes = diffProgrammes(previous, next);
		expect(changes.map((change) => [change.kind, change.title])).toEqual([
			['renamed', 'Öppna data i hela Västra Götaland'],
			['cancelled', 'Lessons learned: covid-19 och vården på distans'],
			['removed', 'Bredband och digital infrastruktur på landsbygden'],
			['reinstated', 'Digital skills in the public sector'],
			['added', 'Nytt pass om AI']
		]);
	});

	it('does not count a session removed after it was already cancelled', () => {
		const previous = snapshot(edit(14, { cancelled: true }));
		const next = snapshot((sessions) => sessions.filter((session) => session.id !== 14));
		expect(diffProgrammes(previous, next)).toEqual([]);
	});

	it('is a pure function of the content: input order does not matter', () => {
		const next = snapshot(edit(9, { startsAt: '2020-09-15T14:20', endsAt: '2020-09-15T15:20' }));
		const expected = diffProgrammes(snapshot(), next);
		fc.assert(
			fc.property(fc.shuffledSubarray(next.sessions, { minLength: next.sessions.length }), (shuffled) => {
				expect(diffProgrammes(snapshot(), { ...next, sessions: shuffled })).toEqual(expected);
			}),
			{ numRuns: 30 }
		);
	});
});

describe('filterByTrack', () => {
	it('keeps the track and the joint sessions that frame everyone’s day', () => {
		const sessions = snapshot().sessions;
		const kept = filterByTrack(sessions, TRACK.sjukvard);
		expect(kept.filter((s) => s.trackId !== null).map((s) => s.id)).toEqual([11, 16]);
		expect(kept.some((s) => s.title === 'Lunch')).toBe(true);
		expect(kept.some((s) => s.trackId === TRACK.kompetens)).toBe(false);
		expect(filterByTrack(sessions, null)).toHaveLength(sessions.length);
	});
});

describe('myDay', () => {
	it('shows the marked sessions with the joint ones, and overlaps between marked sessions', () => {
		const sessions = snapshot().sessions;
		const day = myDay(sessions, [
			'091cab1f-76b9-413f-a5f6-e295c4b6d289', // 13.00 Västsvenska
			'A128BD15-9163-48F0-8E45-9913599E9B95', // 13.00 Kompetens, same time
			'b0b87b2b-5ad0-4db5-878b-24273e8be031', // 14.20 Transformation
			'00000000-0000-4000-8000-00000000dead' // no longer in the programme
		]);
		const marked = day.filter((entry) => entry.marked);
		expect(marked.map((entry) => entry.session.id)).toEqual([8, 9, 15]);
		expect(marked[0]?.overlapsWith).toEqual(['a128bd15-9163-48f0-8e45-9913599e9b95']);
		expect(marked[1]?.overlapsWith).toEqual(['091cab1f-76b9-413f-a5f6-e295c4b6d289']);
		expect(marked[2]?.overlapsWith).toEqual([]);
		expect(day.filter((entry) => !entry.marked).every((entry) => entry.session.trackId === null)).toBe(true);
		expect(day.some((entry) => entry.session.trackId === TRACK.sjukvard)).toBe(false);
	});

	it('does not count a cancelled session as an overlap', () => {
		const sessions = snapshot(edit(9, { cancelled: true })).sessions;
		const day = myDay(sessions, [
			'091cab1f-76b9-413f-a5f6-e295c4b6d289',
			'a128bd15-9163-48f0-8e45-9913599e9b95'
		]);
		expect(day.filter((entry) => entry.marked).map((entry) => entry.overlapsWith)).toEqual([[], []]);
	});
});

describe('sessionsOfSpeaker and sessionsByDate', () => {
	it('lists where a speaker appears, in programme order', () => {
		// Karin Ek (101) opens, sits on the panel and closes the day
		expect(sessionsOfSpeaker(snapshot().sessions, 101).map((s) => s.id)).toEqual([2, 6, 17]);
	});

	it('groups by local date', () => {
		const sessions = snapshot(
			edit(18, { startsAt: '2020-09-16T09:00', endsAt: '2020-09-16T10:00' })
		).sessions;
		const groups = sessionsByDate(sessions.toReversed());
		expect(groups.map(([date, list]) => [date, list.length])).toEqual([
			['2020-09-15', 17],
			['2020-09-16', 1]
		]);
		expect(groups[0]?.[1][0]?.id).toBe(1);
	});
});
