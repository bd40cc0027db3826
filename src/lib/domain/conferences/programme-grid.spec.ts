import { describe, expect, it } from 'vitest';
import { layoutDay, minutesOf, shiftSlot, timeOf } from './programme-grid.ts';
import { ROOM, days2020, rooms2020, sessions2020 } from './programme.fixture.ts';

const day = days2020()[0]!;

describe('layoutDay', () => {
	it('puts each session in its room column and time rows, joint sessions across every room', () => {
		const grid = layoutDay(day, rooms2020(), sessions2020(), 5);
		expect(grid).toMatchObject({ date: '2020-09-15', start: '08:00', end: '18:00', rows: 120 });
		const byId = new Map(grid.items.map((item) => [item.session.id, item]));
		// Rooms in the given order: Bohuslän (col 2), Götaland (3), Dalsland (4), Skaraborg (5)
		expect(byId.get(8)).toMatchObject({ columnStart: 3, columnEnd: 4, rowStart: 2 + 60, rowEnd: 2 + 72 });
		expect(byId.get(9)).toMatchObject({ columnStart: 2, columnEnd: 3 });
		// Lunch has no room: it spans all four room columns
		expect(byId.get(7)).toMatchObject({ columnStart: 2, columnEnd: 6, rowStart: 2 + 48, rowEnd: 2 + 60 });
		expect(grid.items.every((item) => item.lanes === 1)).toBe(true);
	});

	it('only takes sessions of that day and widens the window to whole hours around them', () => {
		const sessions = [
			...sessions2020(),
			{ ...sessions2020()[0]!, id: 40, startsAt: '2020-09-15T07:40', endsAt: '2020-09-15T08:10' },
			{ ...sessions2020()[0]!, id: 41, startsAt: '2020-09-16T09:00', endsAt: '2020-09-16T10:00' }
		];
		const grid = layoutDay(day, rooms2020(), sessions, 10);
		expect(grid.start).toBe('07:00');
		expect(grid.items.some((item) => item.session.id === 41)).toBe(false);
		expect(grid.marks[0]).toEqual({ time: '07:00', row: 2, hour: true });
		expect(grid.marks[1]).toEqual({ time: '07:30', row: 5, hour: false });
	});

	it('puts sessions that overlap in one room side by side', () => {
		const sessions = [
			...sessions2020(),
			{
				...sessions2020()[8]!,
				id: 50,
				startsAt: '2020-09-15T13:30',
				endsAt: '2020-09-15T14:10'
			},
			{
				...sessions2020()[8]!,
				id: 51,
				startsAt: '2020-09-15T14:00',
				endsAt: '2020-09-15T14:20'
			}
		];
		const bohuslan = layoutDay(day, rooms2020(), sessions).items.filter(
			(item) => item.session.roomId === ROOM.bohuslan
		);
		const lanes = Object.fromEntries(bohuslan.map((item) => [item.session.id, [item.lane, item.lanes]]));
		expect(lanes[9]).toEqual([0, 2]);
		expect(lanes[50]).toEqual([1, 2]);
		expect(lanes[51]).toEqual([0, 2]);
		// 14.20 is after the cluster: a lane of its own again
		expect(lanes[14]).toEqual([0, 1]);
	});
});

describe('shiftSlot', () => {
	const slot = { startsAt: '2020-09-15T13:00', endsAt: '2020-09-15T14:00' };
	const bounds = { start: '08:00', end: '18:00' };

	it('moves by whole steps and keeps the length', () => {
		expect(shiftSlot(slot, 5, 5, bounds)).toEqual({
			startsAt: '2020-09-15T13:05',
			endsAt: '2020-09-15T14:05'
		});
		expect(shiftSlot(slot, -118, -118, bounds)).toEqual({
			startsAt: '2020-09-15T11:00',
			endsAt: '2020-09-15T12:00'
		});
	});

	it('resizes from the end, never below one step', () => {
		expect(shiftSlot(slot, 0, 15, bounds)).toEqual({
			startsAt: '2020-09-15T13:00',
			endsAt: '2020-09-15T14:15'
		});
		expect(shiftSlot(slot, 0, -120, bounds)).toEqual({
			startsAt: '2020-09-15T13:00',
			endsAt: '2020-09-15T13:05'
		});
	});

	it('stays inside the day shown', () => {
		expect(shiftSlot(slot, 300, 300, bounds)).toEqual({
			startsAt: '2020-09-15T17:00',
			endsAt: '2020-09-15T18:00'
		});
		expect(shiftSlot(slot, -600, -600, bounds).startsAt).toBe('2020-09-15T08:00');
	});

	it('converts between minutes and times', () => {
		expect(minutesOf('13:45')).toBe(825);
		expect(timeOf(825)).toBe('13:45');
	});
});
