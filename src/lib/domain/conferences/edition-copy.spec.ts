import { describe, expect, it } from 'vitest';
import { copyEditionFormat, suggestNextEdition, type EditionFormat } from './edition-copy.ts';
import { ROOM, TRACK, sessions2020, tracks2020 } from './programme.fixture.ts';

const trackNames = new Map(tracks2020().map((track) => [track.id, track.name]));
const placeholder = (trackId: number) => `Spårpass – ${trackNames.get(trackId)}`;

function format2020(): EditionFormat {
	return {
		startsOn: '2020-09-15',
		endsOn: '2020-09-15',
		days: [{ date: '2020-09-15', start: '08:00', end: '17:30' }],
		sessions: sessions2020()
	};
}

describe('copyEditionFormat', () => {
	it('moves the day window and every slot to the new date, keeping times and rooms', () => {
		const copy = copyEditionFormat(
			format2020(),
			{ startsOn: '2021-09-14', endsOn: '2021-09-14' },
			placeholder
		);
		expect(copy.days).toEqual([{ date: '2021-09-14', start: '08:00', end: '17:30' }]);
		expect(copy.sessions).toHaveLength(sessions2020().length);
		expect(copy.droppedSessions).toBe(0);
		expect(copy.sessions.every((s) => s.startsAt.startsWith('2021-09-14T'))).toBe(true);
		expect(copy.sessions[1]).toEqual({
			kind: 'plenary',
			title: 'Välkommen till Digitalisering i människans tjänst',
			trackId: null,
			roomId: ROOM.gotaland,
			startsAt: '2021-09-14T09:00',
			endsAt: '2021-09-14T09:20',
			language: 'sv',
			capacity: null,
			placeholder: false
		});
	});

	it('keeps joint sessions by title and turns track sessions into empty slots, without speakers', () => {
		const copy = copyEditionFormat(
			format2020(),
			{ startsOn: '2021-09-14', endsOn: '2021-09-14' },
			placeholder
		);
		const afternoon = copy.sessions.filter((s) => s.startsAt === '2021-09-14T13:00');
		expect(afternoon.map((s) => [s.title, s.trackId, s.placeholder])).toEqual([
			['Spårpass – Västsvenska möjligheter', TRACK.vastsvenska, true],
			['Spårpass – Digital kompetens', TRACK.kompetens, true],
			['Spårpass – Digital transformation', TRACK.transformation, true],
			['Spårpass – Sjukvårdsspåret', TRACK.sjukvard, true]
		]);
		expect(copy.sessions.map((s) => s.title)).toContain('Gemensam avslutning');
		expect(copy.sessions.map((s) => s.title)).toContain('Mingel');
		for (const session of copy.sessions) expect(Object.keys(session)).not.toContain('speakers');
		// The capacity the organisers set for a room-bound session is part of the format
		expect(afternoon[0]?.capacity).toBe(200);
	});

	it('maps day n to day n and leaves out days the new edition does not have', () => {
		const twoDays: EditionFormat = {
			startsOn: '2020-09-15',
			endsOn: '2020-09-16',
			days: [
				{ date: '2020-09-16', start: '09:00', end: '15:00' },
				{ date: '2020-09-15', start: '08:00', end: '18:00' }
			],
			sessions: [
				...sessions2020(),
				{ ...sessions2020()[0]!, title: 'Dag två', startsAt: '2020-09-16T09:00', endsAt: '2020-09-16T10:00' }
			]
		};
		const same = copyEditionFormat(twoDays, { startsOn: '2021-11-18', endsOn: '2021-11-19' }, placeholder);
		expect(same.days.map((d) => d.date)).toEqual(['2021-11-18', '2021-11-19']);
		expect(same.sessions.at(-1)).toMatchObject({ title: 'Dag två', startsAt: '2021-11-19T09:00' });

		const shorter = copyEditionFormat(twoDays, { startsOn: '2021-11-18', endsOn: '2021-11-18' }, placeholder);
		expect(shorter.days).toEqual([{ date: '2021-11-18', start: '08:00', end: '18:00' }]);
		expect(shorter.droppedSessions).toBe(1);
		expect(shorter.sessions.some((s) => s.title === 'Dag två')).toBe(false);
	});

	it('does not copy cancelled sessions, and keeps a session across midnight intact', () => {
		const source = format2020();
		source.sessions = [
			{ ...sessions2020()[0]!, cancelled: true },
			{ ...sessions2020()[17]!, startsAt: '2020-09-15T22:00', endsAt: '2020-09-16T01:00' }
		];
		const copy = copyEditionFormat(source, { startsOn: '2021-09-14', endsOn: '2021-09-14' }, placeholder);
		expect(copy.sessions).toHaveLength(1);
		expect(copy.sessions[0]).toMatchObject({ startsAt: '2021-09-14T22:00', endsAt: '2021-09-15T01:00' });
	});
});

describe('suggestNextEdition', () => {
	it('proposes the same weekday a year later and moves the year in slug and title', () => {
		expect(
			suggestNextEdition({
				slug: 'dimt-2026',
				title: 'Digitalisering i människans tjänst 2026',
				startsOn: '2026-11-19',
				endsOn: '2026-11-19'
			})
		).toEqual({
			slug: 'dimt-2027',
			title: 'Digitalisering i människans tjänst 2027',
			startsOn: '2027-11-18',
			endsOn: '2027-11-18'
		});
	});

	it('adds the year when the old edition had none', () => {
		expect(
			suggestNextEdition({ slug: 'dimt', title: 'DIMT', startsOn: '2020-09-15', endsOn: '2020-09-16' })
		).toEqual({ slug: 'dimt-2021', title: 'DIMT 2021', startsOn: '2021-09-14', endsOn: '2021-09-15' });
	});
});
