/**
 * Wall-clock ↔ instant conversion for Europe/Stockholm.
 *
 * Every meeting time in Samverka is Swedish local time. The database and the
 * calendar builders work with instants (`Date`), forms and texts with wall-clock
 * dates and times. This module is the only place that converts between the two,
 * so the server's own time zone (`TZ`) never matters: all arithmetic goes
 * through Luxon with an explicit zone, and all texts are built by hand (no
 * `Intl`/ICU dependency, so output is identical on every machine).
 *
 * Daylight saving time (EU rules, used by Sweden):
 * - Spring forward, last Sunday in March: 02:00 → 03:00. Wall-clock times
 *   02:00–02:59 do not exist that day; `parseStockholmLocal` refuses them.
 * - Fall back, last Sunday in October: 03:00 → 02:00. Wall-clock times
 *   02:00–02:59 occur twice; `parseStockholmLocal` always picks the FIRST
 *   occurrence (summer time, UTC+02:00) and reports `ambiguous: true`.
 */
import { DateTime } from 'luxon';

export const STOCKHOLM_ZONE = 'Europe/Stockholm';

/** Swedish month names, January first. */
const MONTHS_SV = [
	'januari',
	'februari',
	'mars',
	'april',
	'maj',
	'juni',
	'juli',
	'augusti',
	'september',
	'oktober',
	'november',
	'december'
] as const;

/** Swedish weekday names, Luxon numbering (1 = Monday … 7 = Sunday) minus one. */
const WEEKDAYS_SV = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;

export type StockholmParseResult =
	| {
			ok: true;
			/** The instant (UTC based `Date`). */
			value: Date;
			/**
			 * True when the wall-clock time occurs twice that day (the hour after
			 * 02:00 on the last Sunday in October). The first occurrence, summer
			 * time (+02:00), was chosen.
			 */
			ambiguous: boolean;
	  }
	| { ok: false; error: string };

/** Date and time as written in forms: date 'YYYY-MM-DD', time 'HH:MM' (24-hour). */
export interface StockholmParts {
	date: string;
	time: string;
}

/**
 * Output styles of {@link formatStockholm}:
 * - `date`: '2020-09-15'
 * - `time`: '09.30' (Swedish uses a dot: "ca 09.30")
 * - `longDate`: 'tisdag 15 september 2020'
 * - `longDateTime`: 'tisdag 15 september 2020 kl. 09.30'
 */
export type StockholmFormatStyle = 'date' | 'time' | 'longDate' | 'longDateTime';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 'HH:MM' as sent by <input type="time">; the Swedish 'HH.MM' and 'H:MM' are accepted too. */
const TIME_PATTERN = /^(\d{1,2})[:.](\d{2})$/;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function pad2(n: number): string {
	return String(n).padStart(2, '0');
}

function toZoned(instant: Date): DateTime {
	const ms = instant.getTime();
	if (!(instant instanceof Date) || Number.isNaN(ms)) {
		throw new RangeError('Invalid Date passed to a Stockholm time helper');
	}
	return DateTime.fromMillis(ms, { zone: STOCKHOLM_ZONE });
}

/** UTC offset of Europe/Stockholm, in minutes, at the given epoch milliseconds. */
function offsetMinutesAt(epochMs: number): number {
	return DateTime.fromMillis(epochMs, { zone: STOCKHOLM_ZONE }).offset;
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayMonthYear(year: number, month: number, day: number): string {
	return `${day} ${MONTHS_SV[month - 1]} ${year}`;
}

/**
 * Converts a Stockholm wall-clock date and time to an instant.
 *
 * - `date`: 'YYYY-MM-DD'; `time`: 'HH:MM' (also 'HH.MM').
 * - A time that does not exist (spring forward, e.g. 2026-03-29 02:30) is
 *   refused with a Swedish message asking for another time.
 * - A time that exists twice (fall back, e.g. 2026-10-25 02:30) resolves to
 *   the first occurrence, summer time (+02:00), every time; `ambiguous` is
 *   then true so a form can point this out.
 */
export function parseStockholmLocal(date: string, time: string): StockholmParseResult {
	const d = DATE_PATTERN.exec(date.trim());
	if (!d) {
		return {
			ok: false,
			error: `Ogiltigt datum ”${date}”. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-11-24.`
		};
	}
	const year = Number(d[1]);
	const month = Number(d[2]);
	const day = Number(d[3]);
	if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		return {
			ok: false,
			error: `Datumet ${date} finns inte. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-11-24.`
		};
	}

	const t = TIME_PATTERN.exec(time.trim());
	const hour = t ? Number(t[1]) : NaN;
	const minute = t ? Number(t[2]) : NaN;
	if (!t || hour > 23 || minute > 59) {
		return {
			ok: false,
			error: `Ogiltig tid ”${time}”. Skriv tiden som TT.MM, t.ex. 09.30.`
		};
	}

	// The wall-clock reading as if it were UTC. The real instant is this minus
	// the zone's offset at that instant. Try every offset the zone uses around
	// that moment and keep those that are self-consistent.
	const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
	const candidateOffsets = new Set([
		offsetMinutesAt(wallAsUtc - DAY_MS),
		offsetMinutesAt(wallAsUtc),
		offsetMinutesAt(wallAsUtc + DAY_MS)
	]);
	const instants: number[] = [];
	for (const offset of candidateOffsets) {
		const candidate = wallAsUtc - offset * MINUTE_MS;
		if (offsetMinutesAt(candidate) === offset) instants.push(candidate);
	}

	if (instants.length === 0) {
		const hhmm = `${pad2(hour)}.${pad2(minute)}`;
		return {
			ok: false,
			error: `Tiden ${hhmm} finns inte den ${dayMonthYear(year, month, day)} – klockan ställs fram en timme. Välj en annan tid.`
		};
	}

	instants.sort((a, b) => a - b);
	return {
		ok: true,
		value: new Date(instants[0]),
		ambiguous: instants.length > 1
	};
}

/**
 * True when the Stockholm wall-clock reading of `instant` occurs twice: the
 * hour after 02:00 on the last Sunday in October, in either pass (e.g.
 * 2026-10-25 02:30 at +02:00 and again at +01:00). Such a local time with a
 * TZID is read differently by different calendar programs (RFC 5545 says the
 * first occurrence; ical.js takes the second), so the calendar builders write
 * these rare instants in UTC instead.
 */
export function isAmbiguousInStockholm(instant: Date): boolean {
	const ms = toZoned(instant).toMillis();
	const wallAsUtc = ms + offsetMinutesAt(ms) * MINUTE_MS;
	const offsets = new Set([offsetMinutesAt(ms - DAY_MS), offsetMinutesAt(ms), offsetMinutesAt(ms + DAY_MS)]);
	let occurrences = 0;
	for (const offset of offsets) {
		if (offsetMinutesAt(wallAsUtc - offset * MINUTE_MS) === offset) occurrences++;
	}
	return occurrences > 1;
}

/** Stockholm wall-clock date 'YYYY-MM-DD' and time 'HH:MM' of an instant (round-trips with {@link parseStockholmLocal}). */
export function toStockholmParts(instant: Date): StockholmParts {
	const z = toZoned(instant);
	return {
		date: `${String(z.year).padStart(4, '0')}-${pad2(z.month)}-${pad2(z.day)}`,
		time: `${pad2(z.hour)}:${pad2(z.minute)}`
	};
}

/** Formats an instant in Stockholm wall-clock time, see {@link StockholmFormatStyle}. */
export function formatStockholm(instant: Date, style: StockholmFormatStyle): string {
	const z = toZoned(instant);
	const time = `${pad2(z.hour)}.${pad2(z.minute)}`;
	switch (style) {
		case 'date':
			return `${String(z.year).padStart(4, '0')}-${pad2(z.month)}-${pad2(z.day)}`;
		case 'time':
			return time;
		case 'longDate':
			return `${WEEKDAYS_SV[z.weekday - 1]} ${dayMonthYear(z.year, z.month, z.day)}`;
		case 'longDateTime':
			return `${WEEKDAYS_SV[z.weekday - 1]} ${dayMonthYear(z.year, z.month, z.day)} kl. ${time}`;
	}
}
