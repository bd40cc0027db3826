import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
	addDays,
	daysBetween,
	easterSunday,
	formatIsoDate,
	isIsoDate,
	isoWeekday,
	isSwedishHoliday,
	MAX_HOLIDAY_YEAR,
	MIN_HOLIDAY_YEAR,
	parseIsoDate,
	swedishHolidays
} from './holidays.ts';

/** Any valid date in the supported range, as an ISO string. */
const isoDateArb = fc
	.date({
		min: new Date(Date.UTC(MIN_HOLIDAY_YEAR, 0, 1)),
		max: new Date(Date.UTC(MAX_HOLIDAY_YEAR, 11, 31)),
		noInvalidDate: true
	})
	.map((date) => date.toISOString().slice(0, 10));

const utc = (date: string) => DateTime.fromISO(date, { zone: 'utc' });

describe('easterSunday', () => {
	it.each([
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2027, '2027-03-28'],
		[2000, '2000-04-23'],
		// The extremes of the Gregorian computus: earliest 22 March, latest 25 April.
		[1818, '1818-03-22'],
		[2285, '2285-03-22'],
		[1943, '1943-04-25'],
		[2038, '2038-04-25']
	])('Easter %i is %s', (year, expected) => {
		expect(easterSunday(year)).toBe(expected);
	});

	it('is always a Sunday between 22 March and 25 April', () => {
		fc.assert(
			fc.property(fc.integer({ min: MIN_HOLIDAY_YEAR, max: MAX_HOLIDAY_YEAR }), (year) => {
				const easter = easterSunday(year);
				expect(isoWeekday(easter)).toBe(7);
				expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
			})
		);
	});

	it('refuses years outside the Gregorian computus with a Swedish message', () => {
		expect(() => easterSunday(1582)).toThrow('Helgdagar kan bara beräknas för år 1583–9999');
		expect(() => easterSunday(2026.5)).toThrow(RangeError);
	});
});

describe('swedishHolidays', () => {
	it('lists every holiday and day-off eve of 2026 in date order', () => {
		expect(swedishHolidays(2026)).toEqual([
			{ date: '2026-01-01', name: 'Nyårsdagen', kind: 'holiday' },
			{ date: '2026-01-06', name: 'Trettondedag jul', kind: 'holiday' },
			{ date: '2026-04-03', name: 'Långfredagen', kind: 'holiday' },
			{ date: '2026-04-05', name: 'Påskdagen', kind: 'holiday' },
			{ date: '2026-04-06', name: 'Annandag påsk', kind: 'holiday' },
			{ date: '2026-05-01', name: 'Första maj', kind: 'holiday' },
			{ date: '2026-05-14', name: 'Kristi himmelsfärdsdag', kind: 'holiday' },
			{ date: '2026-05-24', name: 'Pingstdagen', kind: 'holiday' },
			{ date: '2026-06-06', name: 'Sveriges nationaldag', kind: 'holiday' },
			{ date: '2026-06-19', name: 'Midsommarafton', kind: 'afton' },
			{ date: '2026-06-20', name: 'Midsommardagen', kind: 'holiday' },
			{ date: '2026-10-31', name: 'Alla helgons dag', kind: 'holiday' },
			{ date: '2026-12-24', name: 'Julafton', kind: 'afton' },
			{ date: '2026-12-25', name: 'Juldagen', kind: 'holiday' },
			{ date: '2026-12-26', name: 'Annandag jul', kind: 'holiday' },
			{ date: '2026-12-31', name: 'Nyårsafton', kind: 'afton' }
		]);
	});

	it.each([
		// year, långfredagen, Kristi himmelsfärdsdag, pingstdagen, midsommarafton, alla helgons dag
		[2024, '2024-03-29', '2024-05-09', '2024-05-19', '2024-06-21', '2024-11-02'],
		[2025, '2025-04-18', '2025-05-29', '2025-06-08', '2025-06-20', '2025-11-01'],
		[2027, '2027-03-26', '2027-05-06', '2027-05-16', '2027-06-25', '2027-11-06'],
		[2028, '2028-04-14', '2028-05-25', '2028-06-04', '2028-06-23', '2028-11-04']
	])('moving holidays of %i', (year, goodFriday, ascension, pentecost, midsummerEve, allSaints) => {
		const byName = new Map(swedishHolidays(year).map((holiday) => [holiday.name, holiday.date]));
		expect(byName.get('Långfredagen')).toBe(goodFriday);
		expect(byName.get('Kristi himmelsfärdsdag')).toBe(ascension);
		expect(byName.get('Pingstdagen')).toBe(pentecost);
		expect(byName.get('Midsommarafton')).toBe(midsummerEve);
		expect(byName.get('Alla helgons dag')).toBe(allSaints);
	});

	it('keeps the weekday rules for every year', () => {
		fc.assert(
			fc.property(fc.integer({ min: MIN_HOLIDAY_YEAR, max: MAX_HOLIDAY_YEAR }), (year) => {
				const holidays = swedishHolidays(year);
				const date = (name: string) => holidays.find((holiday) => holiday.name === name)?.date ?? '';
				expect(holidays).toHaveLength(16);
				expect(holidays.map((holiday) => holiday.date)).toEqual(
					holidays.map((holiday) => holiday.date).sort()
				);
				expect(isoWeekday(date('Långfredagen'))).toBe(5);
				expect(isoWeekday(date('Annandag påsk'))).toBe(1);
				expect(isoWeekday(date('Kristi himmelsfärdsdag'))).toBe(4);
				expect(isoWeekday(date('Pingstdagen'))).toBe(7);
				const midsummerEve = date('Midsommarafton');
				expect(isoWeekday(midsummerEve)).toBe(5);
				expect(midsummerEve >= `${year}-06-19` && midsummerEve <= `${year}-06-25`).toBe(true);
				expect(date('Midsommardagen')).toBe(addDays(midsummerEve, 1));
				const allSaints = date('Alla helgons dag');
				expect(isoWeekday(allSaints)).toBe(6);
				expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true);
			})
		);
	});

	it('lists both holidays when they share a date (2008: första maj was Kristi himmelsfärdsdag)', () => {
		const mayDay = swedishHolidays(2008).filter((holiday) => holiday.date === '2008-05-01');
		expect(mayDay.map((holiday) => holiday.name)).toEqual(['Första maj', 'Kristi himmelsfärdsdag']);
	});
});

describe('isSwedishHoliday', () => {
	it.each([
		['2026-04-03', 'Långfredagen'],
		['2026-06-19', 'Midsommarafton'],
		['2027-05-06', 'Kristi himmelsfärdsdag'],
		['2026-10-31', 'Alla helgons dag'],
		['2026-12-24', 'Julafton'],
		['2026-12-31', 'Nyårsafton'],
		['2027-01-06', 'Trettondedag jul'],
		['2008-05-01', 'Första maj och Kristi himmelsfärdsdag']
	])('%s is %s', (date, name) => {
		expect(isSwedishHoliday(date)).toBe(name);
	});

	it.each(['2026-09-18', '2026-04-04', '2026-06-18', '2026-12-23', '2027-01-07'])(
		'%s is an ordinary day',
		(date) => {
			expect(isSwedishHoliday(date)).toBeNull();
		}
	);

	it('refuses malformed dates with a Swedish message', () => {
		expect(() => isSwedishHoliday('2026-02-30')).toThrow('Ogiltigt datum: "2026-02-30"');
		expect(() => isSwedishHoliday('2026-6-6')).toThrow(RangeError);
		expect(() => isSwedishHoliday('1500-01-01')).toThrow(RangeError);
	});
});

describe('calendar-date arithmetic', () => {
	it('parses only real dates in strict ISO form', () => {
		expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
		expect(isIsoDate('2027-02-29')).toBe(false);
		expect(isIsoDate('2100-02-29')).toBe(false);
		expect(isIsoDate('2000-02-29')).toBe(true);
		expect(isIsoDate('2026-04-31')).toBe(false);
		expect(isIsoDate('2026-13-01')).toBe(false);
		expect(isIsoDate('2026-09-18T10:00')).toBe(false);
		expect(isIsoDate('18/9/2026')).toBe(false);
		expect(formatIsoDate({ year: 2026, month: 9, day: 8 })).toBe('2026-09-08');
	});

	it('crosses month, year and leap-day boundaries', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
		expect(daysBetween('2026-08-15', '2026-12-19')).toBe(126);
		expect(isoWeekday('2026-09-18')).toBe(5);
		expect(isoWeekday('1970-01-01')).toBe(4);
	});

	it('agrees with Luxon for any date and offset', () => {
		fc.assert(
			fc.property(isoDateArb, fc.integer({ min: -1000, max: 1000 }), (date, days) => {
				const shifted = utc(date).plus({ days });
				fc.pre(shifted.year >= MIN_HOLIDAY_YEAR && shifted.year <= MAX_HOLIDAY_YEAR);
				const expected = shifted.toISODate() ?? '';
				expect(addDays(date, days)).toBe(expected);
				expect(daysBetween(date, expected)).toBe(days);
				expect(isoWeekday(date)).toBe(utc(date).weekday);
			})
		);
	});
});
