/**
 * Shared types for a conference programme ("program") and the few pure helpers every
 * programme rule needs: parsing local wall-clock times and listing the conference days.
 *
 * Times are stored as local wall-clock strings ('YYYY-MM-DDTHH:MM') in the conference's time
 * zone, because that is how organisers think and type them ("13.00 i Sal Götaland"). Instants
 * with a UTC offset are only derived at the edges (exports), so a session never moves an hour
 * when daylight saving time changes.
 */
import { DateTime } from 'luxon';

/** ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** Local wall-clock time of day, 'HH:MM' (24 h). */
export type LocalTime = string;
/** Local wall-clock date and time in the conference's time zone, 'YYYY-MM-DDTHH:MM'. */
export type LocalDateTime = string;

export const CONFERENCE_TIME_ZONE = 'Europe/Stockholm';

export interface Conference {
	id: number;
	/** URL-safe identifier, e.g. 'dimt-2020'; also the base of the schedule acronym. */
	slug: string;
	title: string;
	startsOn: IsoDate;
	endsOn: IsoDate;
	timeZone: typeof CONFERENCE_TIME_ZONE;
	venue: string;
	/** Public web page of the conference (absolute http(s) URL). */
	url?: string;
}

export interface Room {
	id: number;
	name: string;
	/** Number of seats; null when unknown or unlimited. */
	capacity: number | null;
}

export interface Track {
	id: number;
	name: string;
	/** Hex colour '#rrggbb'. */
	colour: string;
	/** Display order, ascending. */
	order: number;
}

export const SESSION_KINDS = ['plenary', 'track', 'break', 'lunch', 'mingle', 'closing'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** Swedish labels shown in the interface and in exports. */
export const SESSION_KIND_LABELS: Readonly<Record<SessionKind, string>> = {
	plenary: 'Plenum',
	track: 'Spårpass',
	break: 'Paus',
	lunch: 'Lunch',
	mingle: 'Mingel',
	closing: 'Avslutning'
};

export type SessionLanguage = 'sv' | 'en';

export interface Speaker {
	id: number;
	name: string;
	/** Job title, e.g. 'Digitaliseringschef'. */
	title?: string;
	organisation?: string;
}

export interface Session {
	/**
	 * Positive integer. Both schedule formats (frab XML and c3voc JSON) require an integer
	 * event id, so sessions are keyed by a database identity rather than a string.
	 */
	id: number;
	/** Stable UUID; calendar and schedule apps track the session by it across versions. */
	guid: string;
	title: string;
	abstract: string;
	kind: SessionKind;
	trackId: number | null;
	/** null for joint sessions that use the whole venue (plenary, breaks across all rooms). */
	roomId: number | null;
	startsAt: LocalDateTime;
	endsAt: LocalDateTime;
	speakers: Speaker[];
	language: SessionLanguage;
	/** Maximum number of participants; null when the room alone limits it. */
	capacity: number | null;
}

/** The hours a conference day runs, in local time. */
export interface ConferenceDay {
	date: IsoDate;
	start: LocalTime;
	end: LocalTime;
}

export const DEFAULT_DAY_WINDOW: Readonly<{
	start: LocalTime;
	end: LocalTime;
}> = {
	start: '08:00',
	end: '18:00'
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Parses a local wall-clock string in the given zone. Returns null for anything that is not
 * exactly 'YYYY-MM-DDTHH:MM' or not a real calendar date (2020-02-30).
 */
export function parseLocalDateTime(
	value: LocalDateTime,
	zone: string = CONFERENCE_TIME_ZONE
): DateTime<true> | null {
	if (!LOCAL_DATE_TIME.test(value)) return null;
	const parsed = DateTime.fromISO(value, { zone });
	return parsed.isValid ? parsed : null;
}

export function isIsoDate(value: string): boolean {
	return ISO_DATE.test(value) && DateTime.fromISO(value).isValid;
}

export function isLocalTime(value: string): boolean {
	return LOCAL_TIME.test(value);
}

/** The date part of a local wall-clock string. */
export function localDate(value: LocalDateTime): IsoDate {
	return value.slice(0, 10);
}

/** The time part of a local wall-clock string, 'HH:MM'. */
export function localTime(value: LocalDateTime): LocalTime {
	return value.slice(11, 16);
}

/**
 * Every date from startsOn to endsOn with its day window: the matching entry of `windows`
 * when there is one, otherwise DEFAULT_DAY_WINDOW. Sorted by date.
 */
export function conferenceDays(
	conference: Pick<Conference, 'startsOn' | 'endsOn'>,
	windows: readonly ConferenceDay[] = []
): ConferenceDay[] {
	const byDate = new Map(windows.map((day) => [day.date, day]));
	const first = DateTime.fromISO(conference.startsOn, { zone: 'UTC' });
	const last = DateTime.fromISO(conference.endsOn, { zone: 'UTC' });
	if (!first.isValid || !last.isValid) return [];
	const days: ConferenceDay[] = [];
	for (let day = first; day <= last; day = day.plus({ days: 1 })) {
		const date = day.toISODate();
		days.push(byDate.get(date) ?? { date, ...DEFAULT_DAY_WINDOW });
	}
	return days;
}

/** Sessions that belong to every participant: plenary and closing outside any track. */
export function isJointPlenary(session: Pick<Session, 'kind' | 'trackId'>): boolean {
	return (session.kind === 'plenary' || session.kind === 'closing') && session.trackId === null;
}
