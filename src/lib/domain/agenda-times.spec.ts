import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { agendaTimes, formatClock, itemNumbers, parseClock } from './agenda-times.js';
import { toStockholmParts } from './stockholm-time.js';

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
		expect(timing.items[1]).toMatchObject({ start: 570, overlapMinutes: 15 });
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
					});
					expect(timing.end).toBeGreaterThanOrEqual(start);
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
