/**
 * Swedish public holidays and the calendar-date arithmetic that term planning needs.
 *
 * Everything here works on plain calendar dates written as ISO strings (`YYYY-MM-DD`).
 * A meeting date is a day in the Swedish calendar, not an instant, so there is no time zone
 * and no `Date` object: conversions go through a day number (days since 1970-01-01) computed
 * with integer arithmetic on the proleptic Gregorian calendar. That keeps the results
 * identical on every machine, whatever `TZ` the server runs with.
 *
 * Rules: today's Swedish rules (lag 1989:253 om allmänna helgdagar) are applied to every year.
 * That is right for planning future meetings; it is not a history of Swedish holidays
 * (nationaldagen became a holiday only in 2005, annandag pingst stopped being one the same
 * year, midsommar had fixed dates before 1953).
 *
 * Besides the holidays proper, the "aftons" that Swedish workplaces treat as days off
 * (midsommarafton, julafton, nyårsafton) are listed with `kind: 'afton'`, because nobody
 * plans a network meeting on them. Påskafton and pingstafton are left out: they always fall
 * on a Saturday, and the weekday dates are what matter for meetings.
 */

/** `holiday`: a public holiday by law; `afton`: an eve that is a de facto day off. */
export type HolidayKind = 'holiday' | 'afton';

export interface SwedishHoliday {
	/** ISO calendar date, `YYYY-MM-DD`. */
	date: string;
	/** Swedish name, e.g. `Långfredagen`. */
	name: string;
	kind: HolidayKind;
}

/** The anonymous Gregorian computus is defined from the calendar reform onwards. */
export const MIN_HOLIDAY_YEAR = 1583;
/** Dates are written with four-digit years. */
export const MAX_HOLIDAY_YEAR = 9999;

// ---------------------------------------------------------------------------------------------
// Calendar dates
// ---------------------------------------------------------------------------------------------

export interface CalendarDate {
	year: number;
	/** 1 = January … 12 = December */
	month: number;
	day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a strict `YYYY-MM-DD` string; returns null for anything else, including 2026-02-30. */
export function parseIsoDate(value: string): CalendarDate | null {
	const match = ISO_DATE.exec(value);
	if (!match) return null;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	return { year, month, day };
}

export function isIsoDate(value: string): boolean {
	return parseIsoDate(value) !== null;
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function requireIsoDate(value: string): CalendarDate {
	const parsed = parseIsoDate(value);
	if (!parsed) throw new RangeError(`Ogiltigt datum: "${value}". Ange datum som ÅÅÅÅ-MM-DD.`);
	return parsed;
}

/**
 * Days since 1970-01-01 (Howard Hinnant's `days_from_civil`). Integer-only, so it is exact for
 * every year and never touches the host's time zone.
 */
function toDayNumber({ year, month, day }: CalendarDate): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

/** Inverse of `toDayNumber` (Hinnant's `civil_from_days`). */
function fromDayNumber(dayNumber: number): CalendarDate {
	const z = dayNumber + 719468;
	const era = Math.floor(z / 146097);
	const dayOfEra = z - era * 146097;
	const yearOfEra = Math.floor(
		(dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
			365
	);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
	const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	return { year, month, day };
}

/** `date` moved by `days` calendar days (negative moves backwards). Throws on an invalid date. */
export function addDays(date: string, days: number): string {
	return formatIsoDate(fromDayNumber(toDayNumber(requireIsoDate(date)) + days));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return toDayNumber(requireIsoDate(to)) - toDayNumber(requireIsoDate(from));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
	// 1970-01-01 (day 0) was a Thursday, ISO weekday 4.
	const dayNumber = toDayNumber(requireIsoDate(date));
	return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

// ---------------------------------------------------------------------------------------------
// Holidays
// ---------------------------------------------------------------------------------------------

function requireHolidayYear(year: number): void {
	if (!Number.isInteger(year) || year < MIN_HOLIDAY_YEAR || year > MAX_HOLIDAY_YEAR) {
		throw new RangeError(
			`Helgdagar kan bara beräknas för år ${MIN_HOLIDAY_YEAR}–${MAX_HOLIDAY_YEAR} (fick ${year}).`
		);
	}
}

/** Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
	requireHolidayYear(year);
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return formatIsoDate({ year, month, day });
}

/** The first date on or after `from` that falls on ISO `weekday`. */
function onOrAfter(from: string, weekday: number): string {
	return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

const SATURDAY = 6;
const FRIDAY = 5;

/**
 * All Swedish holidays and day-off eves of `year`, sorted by date. Two holidays can share a date
 * (första maj and Kristi himmelsfärdsdag both fell on 2008-05-01); both are listed.
 */
export function swedishHolidays(year: number): SwedishHoliday[] {
	requireHolidayYear(year);
	const easter = easterSunday(year);
	const on = (month: number, day: number): string => formatIsoDate({ year, month, day });
	const holidays: SwedishHoliday[] = [
		{ date: on(1, 1), name: 'Nyårsdagen', kind: 'holiday' },
		{ date: on(1, 6), name: 'Trettondedag jul', kind: 'holiday' },
		{ date: addDays(easter, -2), name: 'Långfredagen', kind: 'holiday' },
		{ date: easter, name: 'Påskdagen', kind: 'holiday' },
		{ date: addDays(easter, 1), name: 'Annandag påsk', kind: 'holiday' },
		{ date: on(5, 1), name: 'Första maj', kind: 'holiday' },
		{
			date: addDays(easter, 39),
			name: 'Kristi himmelsfärdsdag',
			kind: 'holiday'
		},
		{ date: addDays(easter, 49), name: 'Pingstdagen', kind: 'holiday' },
		{ date: on(6, 6), name: 'Sveriges nationaldag', kind: 'holiday' },
		// Midsommardagen is the Saturday 20–26 June; its eve is therefore the Friday 19–25 June.
		{
			date: onOrAfter(on(6, 19), FRIDAY),
			name: 'Midsommarafton',
			kind: 'afton'
		},
		{
			date: onOrAfter(on(6, 20), SATURDAY),
			name: 'Midsommardagen',
			kind: 'holiday'
		},
		{
			date: onOrAfter(on(10, 31), SATURDAY),
			name: 'Alla helgons dag',
			kind: 'holiday'
		},
		{ date: on(12, 24), name: 'Julafton', kind: 'afton' },
		{ date: on(12, 25), name: 'Juldagen', kind: 'holiday' },
		{ date: on(12, 26), name: 'Annandag jul', kind: 'holiday' },
		{ date: on(12, 31), name: 'Nyårsafton', kind: 'afton' }
	];
	// Stable sort: holidays on the same date keep the order above.
	return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * The Swedish name of the holiday (or day-off eve) on `date`, or null on an ordinary day.
 * When two holidays coincide the names are joined: "Första maj och Kristi himmelsfärdsdag".
 * Throws a RangeError for a malformed date or a year outside 1583–9999.
 */
export function isSwedishHoliday(date: string): string | null {
	const { year } = requireIsoDate(date);
	const names = swedishHolidays(year)
		.filter((holiday) => holiday.date === date)
		.map((holiday) => holiday.name);
	return names.length === 0 ? null : names.join(' och ');
}
