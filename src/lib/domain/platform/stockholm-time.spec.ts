import { afterEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	formatStockholm,
	isAmbiguousInStockholm,
	parseStockholmLocal,
	toStockholmParts,
	type StockholmParseResult
} from './stockholm-time.ts';

function instantOf(result: StockholmParseResult): string {
	if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
	return result.value.toISOString();
}

function errorOf(result: StockholmParseResult): string {
	if (result.ok) throw new Error(`expected an error, got ${result.value.toISOString()}`);
	return result.error;
}

const originalTz = process.env.TZ;
afterEach(() => {
	process.env.TZ = originalTz;
});

describe('parseStockholmLocal', () => {
	test('winter and summer times convert with +01:00 and +02:00', () => {
		expect(instantOf(parseStockholmLocal('2026-11-24', '09:30'))).toBe('2026-11-24T08:30:00.000Z');
		expect(instantOf(parseStockholmLocal('2020-09-15', '09:30'))).toBe('2020-09-15T07:30:00.000Z');
		expect(instantOf(parseStockholmLocal('2026-01-01', '00:00'))).toBe('2025-12-31T23:00:00.000Z');
	});

	test('the days the clocks change: 10:00 is 08:00Z in March and 09:00Z in October', () => {
		expect(instantOf(parseStockholmLocal('2026-03-29', '10:00'))).toBe('2026-03-29T08:00:00.000Z');
		expect(instantOf(parseStockholmLocal('2026-10-25', '10:00'))).toBe('2026-10-25T09:00:00.000Z');
	});

	test('accepts the Swedish dot and a one-digit hour', () => {
		expect(instantOf(parseStockholmLocal('2026-11-24', '09.30'))).toBe('2026-11-24T08:30:00.000Z');
		expect(instantOf(parseStockholmLocal('2026-11-24', '9:30'))).toBe('2026-11-24T08:30:00.000Z');
		expect(instantOf(parseStockholmLocal(' 2026-11-24 ', ' 09:30 '))).toBe('2026-11-24T08:30:00.000Z');
	});

	test('refuses a time that does not exist (spring forward) with a Swedish message', () => {
		expect(errorOf(parseStockholmLocal('2026-03-29', '02:30'))).toBe(
			'Tiden 02.30 finns inte den 29 mars 2026 – klockan ställs fram en timme. Välj en annan tid.'
		);
		expect(errorOf(parseStockholmLocal('2026-03-29', '02:00'))).toMatch(
			/^Tiden 02\.00 finns inte den 29 mars 2026/
		);
		expect(errorOf(parseStockholmLocal('2026-03-29', '02:59'))).toMatch(/^Tiden 02\.59 finns inte/);
		expect(errorOf(parseStockholmLocal('2027-03-28', '02:15'))).toMatch(
			/^Tiden 02\.15 finns inte den 28 mars 2027/
		);
		// The edges of the gap exist.
		expect(instantOf(parseStockholmLocal('2026-03-29', '01:59'))).toBe('2026-03-29T00:59:00.000Z');
		expect(instantOf(parseStockholmLocal('2026-03-29', '03:00'))).toBe('2026-03-29T01:00:00.000Z');
		// Same clock time a week earlier is fine.
		expect(instantOf(parseStockholmLocal('2026-03-22', '02:30'))).toBe('2026-03-22T01:30:00.000Z');
	});

	test('resolves an ambiguous time (fall back) to the first occurrence, summer time, every time', () => {
		const results = Array.from({ length: 5 }, () => parseStockholmLocal('2026-10-25', '02:30'));
		for (const result of results) {
			expect(result).toEqual({
				ok: true,
				value: new Date('2026-10-25T00:30:00.000Z'),
				ambiguous: true
			});
		}
		expect(instantOf(parseStockholmLocal('2026-10-25', '02:00'))).toBe('2026-10-25T00:00:00.000Z');
		expect(instantOf(parseStockholmLocal('2026-10-25', '02:59'))).toBe('2026-10-25T00:59:00.000Z');
		// Outside the repeated hour nothing is ambiguous.
		expect(parseStockholmLocal('2026-10-25', '01:59')).toEqual({
			ok: true,
			value: new Date('2026-10-24T23:59:00.000Z'),
			ambiguous: false
		});
		expect(parseStockholmLocal('2026-10-25', '03:00')).toEqual({
			ok: true,
			value: new Date('2026-10-25T02:00:00.000Z'),
			ambiguous: false
		});
	});

	test('refuses malformed or impossible dates and times in Swedish', () => {
		expect(errorOf(parseStockholmLocal('2026-02-29', '09:00'))).toMatch(/^Datumet 2026-02-29 finns inte/);
		expect(instantOf(parseStockholmLocal('2028-02-29', '09:00'))).toBe('2028-02-29T08:00:00.000Z');
		expect(errorOf(parseStockholmLocal('2026-13-01', '09:00'))).toMatch(/^Datumet 2026-13-01 finns inte/);
		expect(errorOf(parseStockholmLocal('24/11/2026', '09:00'))).toMatch(/^Ogiltigt datum/);
		expect(errorOf(parseStockholmLocal('2026-11-24', '24:00'))).toMatch(/^Ogiltig tid/);
		expect(errorOf(parseStockholmLocal('2026-11-24', '09:60'))).toMatch(/^Ogiltig tid/);
		expect(errorOf(parseStockholmLocal('2026-11-24', '9.5'))).toMatch(/^Ogiltig tid/);
		expect(errorOf(parseStockholmLocal('2026-11-24', ''))).toMatch(/^Ogiltig tid/);
	});
});

describe('formatStockholm and toStockholmParts', () => {
	const conference = new Date('2020-09-15T07:30:00Z');

	test('formats date, time with a dot and long Swedish dates', () => {
		expect(formatStockholm(conference, 'date')).toBe('2020-09-15');
		expect(formatStockholm(conference, 'time')).toBe('09.30');
		expect(formatStockholm(conference, 'longDate')).toBe('tisdag 15 september 2020');
		expect(formatStockholm(conference, 'longDateTime')).toBe('tisdag 15 september 2020 kl. 09.30');
		expect(toStockholmParts(conference)).toEqual({
			date: '2020-09-15',
			time: '09:30'
		});
	});

	test('uses the Stockholm calendar date, not the UTC one', () => {
		const lateUtc = new Date('2026-11-23T23:30:00Z');
		expect(toStockholmParts(lateUtc)).toEqual({
			date: '2026-11-24',
			time: '00:30'
		});
		expect(formatStockholm(lateUtc, 'longDate')).toBe('tisdag 24 november 2026');
		expect(formatStockholm(new Date('2026-06-20T22:15:00Z'), 'longDateTime')).toBe(
			'söndag 21 juni 2026 kl. 00.15'
		);
		expect(formatStockholm(new Date('2023-05-01T10:00:00Z'), 'longDate')).toBe('måndag 1 maj 2023');
	});

	test('the same results whatever the server time zone is', () => {
		const instants = [conference, new Date('2026-03-29T00:30:00Z'), new Date('2026-10-25T01:30:00Z')];
		const render = () =>
			instants.map((i) => [
				formatStockholm(i, 'longDateTime'),
				toStockholmParts(i),
				parseStockholmLocal('2026-10-25', '02:30'),
				parseStockholmLocal('2026-03-29', '02:30')
			]);
		process.env.TZ = 'UTC';
		const utc = render();
		for (const zone of ['America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Europe/Stockholm']) {
			process.env.TZ = zone;
			expect(new Date('2026-01-01T12:00:00Z').getTimezoneOffset()).not.toBe(0); // the switch took effect
			expect(render()).toEqual(utc);
		}
	});

	test('refuses an invalid Date', () => {
		expect(() => formatStockholm(new Date('nope'), 'date')).toThrow(RangeError);
		expect(() => toStockholmParts(new Date(Number.NaN))).toThrow(RangeError);
	});
});

describe('properties', () => {
	// Whole minutes, 1997 (EU rules in force) to 2099.
	const minuteInstant = fc
		.integer({
			min: Date.UTC(1997, 0, 1) / 60_000,
			max: Date.UTC(2099, 11, 31) / 60_000
		})
		.map((m) => new Date(m * 60_000));

	test('wall clock → instant → wall clock round-trips; only the repeated hour maps to its first occurrence', () => {
		fc.assert(
			fc.property(minuteInstant, (instant) => {
				const parts = toStockholmParts(instant);
				const result = parseStockholmLocal(parts.date, parts.time);
				if (!result.ok) return false;
				expect(toStockholmParts(result.value)).toEqual(parts);
				expect(result.ambiguous).toBe(isAmbiguousInStockholm(instant));
				const hourBefore = new Date(instant.getTime() - 3_600_000);
				if (result.ambiguous && isAmbiguousInStockholm(hourBefore)) {
					// Second pass through the repeated hour: the first occurrence wins.
					expect(result.value.getTime()).toBe(hourBefore.getTime());
				} else {
					expect(result.value.getTime()).toBe(instant.getTime());
				}
				return true;
			}),
			{ numRuns: 2000 }
		);
	});

	test('every valid wall-clock input is either refused as the spring gap or parsed back to itself', () => {
		const date = fc.date({
			min: new Date('1997-01-01T00:00:00Z'),
			max: new Date('2099-12-31T00:00:00Z'),
			noInvalidDate: true
		});
		fc.assert(
			fc.property(date, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (d, h, m) => {
				const ymd = d.toISOString().slice(0, 10);
				const hm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
				const result = parseStockholmLocal(ymd, hm);
				if (result.ok) {
					expect(toStockholmParts(result.value)).toEqual({
						date: ymd,
						time: hm
					});
				} else {
					// Only 02:xx on the last Sunday in March can be missing.
					expect(h).toBe(2);
					expect(d.getUTCMonth()).toBe(2);
					expect(d.getUTCDay()).toBe(0);
					expect(d.getUTCDate()).toBeGreaterThan(24);
					expect(result.error).toMatch(
						/^Tiden 02\.\d\d finns inte den \d\d mars \d{4} – klockan ställs fram en timme\. Välj en annan tid\.$/
					);
				}
			}),
			{ numRuns: 2000 }
		);
		// The spring gap of every year 1997–2099 is refused.
		for (let year = 1997; year <= 2099; year++) {
			const lastSunday = 31 - new Date(Date.UTC(year, 2, 31)).getUTCDay();
			expect(parseStockholmLocal(`${year}-03-${lastSunday}`, '02:30').ok).toBe(false);
			expect(
				parseStockholmLocal(`${year}-10-${31 - new Date(Date.UTC(year, 9, 31)).getUTCDay()}`, '02:30')
			).toMatchObject({ ok: true, ambiguous: true });
		}
	});

	test('isAmbiguousInStockholm is true exactly in both passes through the repeated hour', () => {
		const at = (iso: string) => isAmbiguousInStockholm(new Date(iso));
		expect(at('2026-10-24T23:59:59Z')).toBe(false); // 01:59:59 CEST
		expect(at('2026-10-25T00:00:00Z')).toBe(true); // 02:00 CEST
		expect(at('2026-10-25T00:30:00Z')).toBe(true); // 02:30 CEST
		expect(at('2026-10-25T01:30:00Z')).toBe(true); // 02:30 CET
		expect(at('2026-10-25T01:59:59Z')).toBe(true); // 02:59:59 CET
		expect(at('2026-10-25T02:00:00Z')).toBe(false); // 03:00 CET
		expect(at('2026-03-29T00:59:59Z')).toBe(false); // 01:59:59 CET
		expect(at('2026-03-29T01:00:00Z')).toBe(false); // 03:00 CEST
		expect(at('2026-11-24T08:30:00Z')).toBe(false);
	});
});
