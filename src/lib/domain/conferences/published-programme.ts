/**
 * The published programme ("Publicera"): a frozen copy of the whole programme as the public sees
 * it, stored with each version. Public pages, exports and "Mitt program" read only this, never the
 * organisers' draft. Also the pure rules on it: what changed between two versions (the short
 * change log on the public page), filtering by track, and a participant's own day.
 *
 * Stored as JSON through postgres.js, whose camel transform rewrites keys containing '_' when
 * reading: every key here is camelCase without underscores.
 */
// Types only: the public pages that use this module should not download Luxon.
import type { Conference, ConferenceDay, Room, Session, Speaker, Track } from './programme.ts';

/** The date part of a local wall-clock string (as programme.ts localDate). */
const localDate = (value: string) => value.slice(0, 10);

export interface ProgrammeRoom extends Room {
	/** Accessibility notes (tillgänglighet): hearing loop, step-free access … */
	accessibility: string;
}

export interface ProgrammeTrack extends Track {
	description: string;
	leadName: string | null;
}

export interface ProgrammeSpeaker extends Speaker {
	bio: string;
}

export interface ProgrammeSession extends Session {
	speakers: ProgrammeSpeaker[];
	/** Raised whenever time, room or cancellation changes (iCalendar SEQUENCE). */
	sequence: number;
	cancelled: boolean;
}

export interface ProgrammeSnapshot {
	conference: Conference;
	days: ConferenceDay[];
	rooms: ProgrammeRoom[];
	tracks: ProgrammeTrack[];
	/** In programme order: start, end, id. */
	sessions: ProgrammeSession[];
	/** Everyone speaking in a session of this version, by name. */
	speakers: ProgrammeSpeaker[];
}

/** Programme order: start, then end, then id; local wall-clock strings compare as text. */
export function byProgrammeOrder(a: Session, b: Session): number {
	return a.startsAt < b.startsAt
		? -1
		: a.startsAt > b.startsAt
			? 1
			: a.endsAt < b.endsAt
				? -1
				: a.endsAt > b.endsAt
					? 1
					: a.id - b.id;
}

// ---------------------------------------------------------------------------------------------
// Change log

export interface SlotSummary {
	startsAt: string;
	endsAt: string;
	/** null: the whole venue */
	roomName: string | null;
}

export type ProgrammeChange =
	| { kind: 'added'; guid: string; title: string; to: SlotSummary }
	| { kind: 'removed'; guid: string; title: string; from: SlotSummary }
	| { kind: 'cancelled'; guid: string; title: string; from: SlotSummary }
	| { kind: 'reinstated'; guid: string; title: string; to: SlotSummary }
	| { kind: 'moved'; guid: string; title: string; from: SlotSummary; to: SlotSummary }
	| { kind: 'renamed'; guid: string; title: string; previousTitle: string };

export const CHANGE_KIND_ORDER: ReadonlyArray<ProgrammeChange['kind']> = [
	'cancelled',
	'moved',
	'added',
	'removed',
	'reinstated',
	'renamed'
];

function slotOf(snapshot: ProgrammeSnapshot, session: Session): SlotSummary {
	const room = session.roomId === null ? null : snapshot.rooms.find((r) => r.id === session.roomId);
	return { startsAt: session.startsAt, endsAt: session.endsAt, roomName: room?.name ?? null };
}

/**
 * What a participant should notice between two published versions: sessions added, removed,
 * cancelled or reinstated, moved (another time or room) and renamed. Sessions are matched by GUID,
 * so an edited session is a change and not a removal plus an addition. In programme order of the
 * newer version (removed sessions by their old place), cancellations first within the same time.
 */
export function diffProgrammes(previous: ProgrammeSnapshot, current: ProgrammeSnapshot): ProgrammeChange[] {
	const before = new Map(previous.sessions.map((session) => [session.guid, session]));
	const after = new Map(current.sessions.map((session) => [session.guid, session]));
	const changes: Array<{ change: ProgrammeChange; at: Session }> = [];

	for (const session of current.sessions) {
		const old = before.get(session.guid);
		if (old === undefined) {
			if (!session.cancelled) {
				changes.push({
					change: { kind: 'added', guid: session.guid, title: session.title, to: slotOf(current, session) },
					at: session
				});
			}
			continue;
		}
		if (session.cancelled !== old.cancelled) {
			changes.push({
				change: session.cancelled
					? { kind: 'cancelled', guid: session.guid, title: session.title, from: slotOf(previous, old) }
					: { kind: 'reinstated', guid: session.guid, title: session.title, to: slotOf(current, session) },
				at: session
			});
			continue;
		}
		if (session.cancelled) continue;
		const from = slotOf(previous, old);
		const to = slotOf(current, session);
		if (from.startsAt !== to.startsAt || from.endsAt !== to.endsAt || from.roomName !== to.roomName) {
			changes.push({
				change: { kind: 'moved', guid: session.guid, title: session.title, from, to },
				at: session
			});
		}
		if (old.title !== session.title) {
			changes.push({
				change: { kind: 'renamed', guid: session.guid, title: session.title, previousTitle: old.title },
				at: session
			});
		}
	}
	for (const old of previous.sessions) {
		if (after.has(old.guid) || old.cancelled) continue;
		changes.push({
			change: { kind: 'removed', guid: old.guid, title: old.title, from: slotOf(previous, old) },
			at: old
		});
	}
	const rank = (kind: ProgrammeChange['kind']) => CHANGE_KIND_ORDER.indexOf(kind);
	return changes
		.sort(
			(a, b) =>
				byProgrammeOrder(a.at, b.at) ||
				rank(a.change.kind) - rank(b.change.kind) ||
				(a.change.guid < b.change.guid ? -1 : a.change.guid > b.change.guid ? 1 : 0)
		)
		.map(({ change }) => change);
}

// ---------------------------------------------------------------------------------------------
// Reading the programme

/** Joint sessions belong to every participant: everything outside a track. */
export function isJoint(session: Pick<Session, 'trackId'>): boolean {
	return session.trackId === null;
}

/**
 * The sessions shown when the public filters on one track: that track's sessions and the joint
 * ones (plenary, breaks, lunch, mingle), which are part of everyone's day.
 */
export function filterByTrack<S extends Session>(sessions: readonly S[], trackId: number | null): S[] {
	if (trackId === null) return [...sessions];
	return sessions.filter((session) => session.trackId === null || session.trackId === trackId);
}

export interface MyDayEntry<S extends Session> {
	session: S;
	/** Marked by the participant (otherwise a joint session shown for context). */
	marked: boolean;
	/** GUIDs of other marked sessions running at the same time. */
	overlapsWith: string[];
}

/**
 * "Mitt program": the marked sessions together with the joint plenary sessions, breaks and lunch
 * that frame the day, in programme order, with overlaps between marked sessions pointed out (a
 * participant cannot be in two rooms at once). Unknown GUIDs (sessions since removed) are ignored.
 */
export function myDay<S extends Session & { cancelled?: boolean }>(
	sessions: readonly S[],
	marked: Iterable<string>
): MyDayEntry<S>[] {
	const chosen = new Set([...marked].map((guid) => guid.toLowerCase()));
	const entries = [...sessions]
		.filter((session) => chosen.has(session.guid.toLowerCase()) || isJoint(session))
		.sort(byProgrammeOrder)
		.map((session) => ({
			session,
			marked: chosen.has(session.guid.toLowerCase()),
			overlapsWith: [] as string[]
		}));
	const markedEntries = entries.filter((entry) => entry.marked && !entry.session.cancelled);
	for (const [index, entry] of markedEntries.entries()) {
		for (const other of markedEntries.slice(index + 1)) {
			if (other.session.startsAt >= entry.session.endsAt) break;
			if (localDate(other.session.startsAt) !== localDate(entry.session.startsAt)) continue;
			entry.overlapsWith.push(other.session.guid);
			other.overlapsWith.push(entry.session.guid);
		}
	}
	return entries;
}

/** The sessions of one speaker, in programme order. */
export function sessionsOfSpeaker<S extends Session>(sessions: readonly S[], speakerId: number): S[] {
	return sessions.filter((session) => session.speakers.some((speaker) => speaker.id === speakerId));
}

/** Sessions grouped by their local date, dates ascending. */
export function sessionsByDate<S extends Session>(sessions: readonly S[]): Array<[string, S[]]> {
	const groups = new Map<string, S[]>();
	for (const session of [...sessions].sort(byProgrammeOrder)) {
		const date = localDate(session.startsAt);
		const group = groups.get(date);
		if (group === undefined) groups.set(date, [session]);
		else group.push(session);
	}
	return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
