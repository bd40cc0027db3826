import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { agendaTimes, formatClock, itemNumbers, parseClock, shiftPinnedStart } from './agenda-times.ts';
import { toStockholmParts } from '../platform/stockholm-time.ts';

const originalTz = process.env.TZ;
afterEach(() => {
	process.env.TZ = originalTz;
});

const labels = (timing: ReturnType<typeof agendaTimes>) =>
	timing.items.map((item) => formatClock(item.start));

describe('running start times', () => {
	it("gives a council's real printed agenda (as in its minutes) its times: 09.00, 09.15 … 11.30, ends 12.00", () => {
		const timing = agendaTimes(
			'09:00',
			[15, 15, 30, 15, 15, 30, 30, 30].map((durationMinutes) => ({ durationMinutes, pinnedStart: null })),
			'12:00'
		);
		expect(labels(timing)).toEqual(['09.00', '09.15', '09.30', '10.00', '10.15', '10.30', '11.00', '11.30']);
		expect(formatClock(timing.end)).toBe('12.00');
		expect(timing.overrunMinutes).toBe(0);
	});

	it('starts a pinned item at its time and continues from there', () => {
		const timing = agendaTimes('08:30', [
			{ durationMinutes: 30, pinnedStart: null },
			{ durationMinutes: 20, pinnedStart: null },
			{ durationMinutes: 50, pinnedStart: '10.10' },
			{ durationMinutes: 30, pinnedStart: null }
		]);
		expect(labels(timing)).toEqual(['08.30', '09.00', '10.10', '11.00']);
		expect(timing.items.map((item) => item.pinned)).toEqual([false, false, true, false]);
		expect(timing.items.every((item) => item.overlapMinutes === 0)).toBe(true);
	});

	it('reports how much a pinned item overlaps the item before it', () => {
		const timing = agendaTimes('09:00', [
			{ durationMinutes: 45, pinnedStart: null },
			{ durationMinutes: 15, pinnedStart: '09:30' }
		]);
		// it cannot start before the item ahead ends (09.45): it starts then, flagged
		expect(timing.items[1]).toMatchObject({ start: 585, pinnedAt: 570, overlapMinutes: 15 });
	});

	it('never runs backwards after a fixed break that the items before overrun (issue 10)', () => {
		// items 1–6 end at 10.50; the fika is fixed at 10.30
		const timing = agendaTimes('09:00', [
			...[20, 20, 20, 20, 15, 15].map((durationMinutes) => ({ durationMinutes, pinnedStart: null })),
			{ durationMinutes: 15, pinnedStart: '10:30' },
			{ durationMinutes: 30, pinnedStart: null }
		]);
		expect(labels(timing)).toEqual(['09.00', '09.20', '09.40', '10.00', '10.20', '10.35', '10.50', '11.05']);
		expect(timing.items[6]).toMatchObject({ pinned: true, pinnedAt: 630, overlapMinutes: 20 });
		expect(timing.items.filter((item) => item.overlapMinutes > 0)).toHaveLength(1);
		expect(formatClock(timing.end)).toBe('11.35');
	});

	it('starts a fixed time before the meeting’s start at the start, flagged', () => {
		const timing = agendaTimes('10:00', [{ durationMinutes: 15, pinnedStart: '09:00' }]);
		expect(timing.items[0]).toMatchObject({ start: 600, end: 615, pinnedAt: 540, overlapMinutes: 60 });
	});

	it('keeps a gap before a fixed time that comes after the item ahead ends', () => {
		const timing = agendaTimes('09:00', [
			{ durationMinutes: 20, pinnedStart: null },
			{ durationMinutes: 30, pinnedStart: '12:00' }
		]);
		expect(timing.items[1]).toMatchObject({ start: 720, pinnedAt: 720, overlapMinutes: 0 });
	});

	it('reports how far the agenda runs past the meeting’s end', () => {
		const timing = agendaTimes(
			'09:00',
			[
				{ durationMinutes: 120, pinnedStart: null },
				{ durationMinutes: 75, pinnedStart: null }
			],
			'12:00'
		);
		expect(formatClock(timing.end)).toBe('12.15');
		expect(timing.overrunMinutes).toBe(15);
	});

	it('ends at the start for an empty agenda', () => {
		expect(agendaTimes('13:00', [])).toEqual({ items: [], end: 780, overrunMinutes: 0 });
	});

	it('treats a zero-minute item (Avslutning) as a point in time', () => {
		const timing = agendaTimes('09:00', [
			{ durationMinutes: 0, pinnedStart: null },
			{ durationMinutes: 10, pinnedStart: null }
		]);
		expect(labels(timing)).toEqual(['09.00', '09.00']);
	});

	it('refuses a start that is not a time', () => {
		expect(() => agendaTimes('9 på morgonen', [])).toThrow(RangeError);
	});

	it('never lets an item start before the previous one unless it is pinned', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1439 }),
				fc.array(
					fc.record({
						durationMinutes: fc.integer({ min: 0, max: 480 }),
						pinnedStart: fc.option(fc.integer({ min: 0, max: 1439 }).map((m) => formatClock(m, ':')))
					}),
					{ maxLength: 30 }
				),
				(start, items) => {
					const timing = agendaTimes(formatClock(start, ':'), items);
					timing.items.forEach((item, i) => {
						expect(item.end - item.start).toBe(items[i]!.durationMinutes);
						if (!item.pinned) expect(item.start).toBe(i === 0 ? start : timing.items[i - 1]!.end);
						// running times never go backwards, pinned or not
						expect(item.start).toBeGreaterThanOrEqual(i === 0 ? start : timing.items[i - 1]!.end);
						if (item.pinned) {
							expect(item.start).toBe(Math.max(item.pinnedAt!, i === 0 ? start : timing.items[i - 1]!.end));
							expect(item.overlapMinutes).toBe(item.start - item.pinnedAt!);
						}
					});
					expect(timing.end).toBeGreaterThanOrEqual(start);
				}
			)
		);
	});
});

describe('moving the meeting', () => {
	it('moves a fixed time with the meeting, so the agenda keeps its shape', () => {
		const items = [
			{ durationMinutes: 90, pinnedStart: null },
			{ durationMinutes: 30, pinnedStart: '10:30' },
			{ durationMinutes: 60, pinnedStart: null }
		];
		const before = agendaTimes('09:00', items);
		expect(labels(before)).toEqual(['09.00', '10.30', '11.00']);

		// moved to 13.00: the stored fixed time moves by as much
		const moved = items.map((item) => ({
			...item,
			pinnedStart: item.pinnedStart && shiftPinnedStart(item.pinnedStart, '09:00', '13:00')
		}));
		expect(moved[1]!.pinnedStart).toBe('14:30');
		const after = agendaTimes('13:00', moved);
		expect(labels(after)).toEqual(['13.00', '14.30', '15.00']);
		expect(after.items.every((item) => item.overlapMinutes === 0)).toBe(true);

		// moved earlier, to 08.15
		expect(
			labels(
				agendaTimes(
					'08:15',
					items.map((item) => ({
						...item,
						pinnedStart: item.pinnedStart && shiftPinnedStart(item.pinnedStart, '09:00', '08:15')
					}))
				)
			)
		).toEqual(['08.15', '09.45', '10.15']);
	});

	it('would run backwards if the fixed time stayed put when the meeting moved later', () => {
		// what happened before: the meeting moved to 09.30, lunch stayed at 10.30
		const stale = agendaTimes('09:30', [
			{ durationMinutes: 90, pinnedStart: null },
			{ durationMinutes: 30, pinnedStart: '10:30' },
			{ durationMinutes: 60, pinnedStart: null }
		]);
		expect(labels(stale)).toEqual(['09.30', '11.00', '11.30']);
		expect(stale.items[1]!.overlapMinutes).toBe(30);
	});

	it('keeps a moved fixed time within the day', () => {
		expect(shiftPinnedStart('22:00', '09:00', '13:00')).toBe('23:59');
		expect(shiftPinnedStart('01:00', '09:00', '07:00')).toBe('00:00');
		expect(shiftPinnedStart('12.00', '09:00', '09:00')).toBe('12:00');
		expect(() => shiftPinnedStart('12:00', 'nio', '09:00')).toThrow(RangeError);
	});

	it('keeps the distance to the meeting’s start for any move that stays within the day', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1439 }),
				fc.integer({ min: 0, max: 1439 }),
				fc.integer({ min: 0, max: 1439 }),
				(pinned, from, to) => {
					const shifted = parseClock(
						shiftPinnedStart(formatClock(pinned, ':'), formatClock(from, ':'), formatClock(to, ':'))
					)!;
					const wanted = pinned + to - from;
					if (wanted >= 0 && wanted <= 1439) expect(shifted).toBe(wanted);
					else expect(shifted).toBe(wanted < 0 ? 0 : 1439);
				}
			)
		);
	});
});

describe('clock texts', () => {
	it('reads the ways Swedes write times', () => {
		expect(parseClock('09:30')).toBe(570);
		expect(parseClock('9.30')).toBe(570);
		expect(parseClock('09:30:00')).toBe(570);
		expect(parseClock('24:00')).toBeNull();
		expect(parseClock('nio')).toBeNull();
	});

	it('writes 09.30 in Swedish and 09:30 otherwise, wrapping past midnight', () => {
		expect(formatClock(570)).toBe('09.30');
		expect(formatClock(570, ':')).toBe('09:30');
		expect(formatClock(1440 + 15)).toBe('00.15');
	});
});

describe('numbers', () => {
	it('numbers the items and leaves breaks unnumbered, as the seeds print them', () => {
		expect(itemNumbers(['information', 'information', 'discussion', 'break', 'decision'])).toEqual([
			1,
			2,
			3,
			null,
			4
		]);
	});
});

describe('under a server clock in UTC', () => {
	it('shows a 09:00 Stockholm meeting as ca 09.00, in summer and in winter', () => {
		process.env.TZ = 'UTC';
		for (const instant of ['2026-09-15T07:00:00Z', '2026-11-24T08:00:00Z']) {
			const { time } = toStockholmParts(new Date(instant));
			const timing = agendaTimes(time, [{ durationMinutes: 30, pinnedStart: null }]);
			expect(`ca ${formatClock(timing.items[0]!.start)}`).toBe('ca 09.00');
			expect(new Date(instant).getHours()).not.toBe(9);
		}
	});
});
