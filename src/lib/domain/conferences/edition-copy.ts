/**
 * "Ny upplaga": next year's edition keeps the format of the last one (docs/domain.md: a joint morning,
 * parallel tracks in the afternoon, a joint closing and mingle). This works out what is copied,
 * without any I/O:
 *
 * - the day windows (time blocks), moved to the new dates;
 * - the joint sessions (plenary slots, breaks, lunch, closing, mingle) with their titles, times
 *   and rooms, but without abstracts and speakers;
 * - the track sessions as empty slots ("Spårpass – Digital kompetens"), so the afternoon grid is
 *   already there; their titles, abstracts and speakers are next year's to decide.
 *
 * Day n of the old edition becomes day n of the new one; sessions on days the new edition does not
 * have are left out (and counted). Rooms and tracks are copied by the caller, which maps old ids to
 * new ones; cancelled sessions are not copied.
 */
import { DateTime } from 'luxon';
import type {
	ConferenceDay,
	IsoDate,
	LocalDateTime,
	Session,
	SessionKind,
	SessionLanguage
} from './programme.ts';

export type SourceSession = Pick<
	Session,
	'kind' | 'title' | 'trackId' | 'roomId' | 'startsAt' | 'endsAt' | 'language' | 'capacity'
> & { cancelled?: boolean };

export interface EditionFormat {
	startsOn: IsoDate;
	endsOn: IsoDate;
	days: readonly ConferenceDay[];
	sessions: readonly SourceSession[];
}

export interface CopiedSession {
	kind: SessionKind;
	title: string;
	/** Ids of the OLD edition; the caller maps them to the copied rooms and tracks. */
	trackId: number | null;
	roomId: number | null;
	startsAt: LocalDateTime;
	endsAt: LocalDateTime;
	language: SessionLanguage;
	capacity: number | null;
	/** True for an empty track slot whose title is a placeholder. */
	placeholder: boolean;
}

export interface EditionCopy {
	days: ConferenceDay[];
	sessions: CopiedSession[];
	/** Sessions left out because their day has no counterpart in the new edition. */
	droppedSessions: number;
}

function dayNumber(from: IsoDate, date: IsoDate): number {
	return Math.round(
		DateTime.fromISO(date, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days
	);
}

function addDays(date: IsoDate, days: number): IsoDate {
	return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

export function copyEditionFormat(
	source: EditionFormat,
	target: { startsOn: IsoDate; endsOn: IsoDate },
	placeholderTitle: (trackId: number) => string
): EditionCopy {
	const targetLength = dayNumber(target.startsOn, target.endsOn) + 1;
	const move = (value: LocalDateTime): LocalDateTime | null => {
		const index = dayNumber(source.startsOn, value.slice(0, 10));
		if (index < 0 || index >= targetLength) return null;
		return `${addDays(target.startsOn, index)}${value.slice(10)}`;
	};

	const days: ConferenceDay[] = [];
	for (const day of source.days) {
		const moved = move(`${day.date}T00:00`);
		if (moved !== null) days.push({ date: moved.slice(0, 10), start: day.start, end: day.end });
	}
	days.sort((a, b) => (a.date < b.date ? -1 : 1));

	const sessions: CopiedSession[] = [];
	let droppedSessions = 0;
	for (const session of source.sessions) {
		if (session.cancelled) continue;
		const startsAt = move(session.startsAt);
		// The end keeps its distance from the start, even across midnight.
		const endsAt = startsAt === null ? null : shiftLike(session.startsAt, session.endsAt, startsAt);
		if (startsAt === null || endsAt === null) {
			droppedSessions++;
			continue;
		}
		const placeholder = session.trackId !== null;
		sessions.push({
			kind: session.kind,
			title: placeholder ? placeholderTitle(session.trackId!) : session.title,
			trackId: session.trackId,
			roomId: session.roomId,
			startsAt,
			endsAt,
			language: session.language,
			capacity: session.capacity,
			placeholder
		});
	}
	sessions.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
	return { days, sessions, droppedSessions };
}

function shiftLike(oldStart: LocalDateTime, oldEnd: LocalDateTime, newStart: LocalDateTime): LocalDateTime {
	const shift = dayNumber(oldStart.slice(0, 10), newStart.slice(0, 10));
	return `${addDays(oldEnd.slice(0, 10), shift)}${oldEnd.slice(10)}`;
}

export interface EditionIdentity {
	slug: string;
	title: string;
	startsOn: IsoDate;
	endsOn: IsoDate;
}

/**
 * A proposal for next year's edition: the same weekday 52 weeks later (the conference is held on
 * e.g. the third Thursday of November), and the year in slug and title moved on by one.
 */
export function suggestNextEdition(previous: EditionIdentity): EditionIdentity {
	const startsOn = addDays(previous.startsOn, 364);
	const endsOn = addDays(previous.endsOn, 364);
	const oldYear = previous.startsOn.slice(0, 4);
	const newYear = startsOn.slice(0, 4);
	const withYear = (text: string, separator: string) =>
		text.includes(oldYear) ? text.replaceAll(oldYear, newYear) : `${text}${separator}${newYear}`;
	return {
		slug: withYear(previous.slug, '-').slice(0, 80),
		title: withYear(previous.title, ' ').slice(0, 200),
		startsOn,
		endsOn
	};
}
