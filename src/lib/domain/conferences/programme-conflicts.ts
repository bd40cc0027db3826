/**
 * Programme conflicts ("krockar"): the checks an organiser needs before publishing the
 * programme of a conference. Pure: a function of the programme, no I/O.
 *
 * Overlaps are found per group (room, speaker, joint-vs-track) by sorting on start time and
 * sweeping with a list of still-running sessions, so the work grows with the number of
 * sessions plus the number of conflicts rather than with every pair of sessions.
 */
import {
	isJointPlenary,
	localDate,
	localTime,
	parseLocalDateTime,
	type Conference,
	type ConferenceDay,
	type Room,
	type Session
} from './programme.ts';

export const CONFLICT_KINDS = [
	'invalid_time',
	'outside_conference_day',
	'room_double_booked',
	'plenary_overlaps_track',
	'speaker_double_booked',
	'capacity_above_room'
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** Short Swedish names for each kind, e.g. for a filter or a heading. */
export const CONFLICT_KIND_LABELS: Readonly<Record<ConflictKind, string>> = {
	invalid_time: 'Ogiltig tid',
	outside_conference_day: 'Utanför konferensdagen',
	room_double_booked: 'Dubbelbokad sal',
	plenary_overlaps_track: 'Gemensamt pass krockar med spår',
	speaker_double_booked: 'Dubbelbokad talare',
	capacity_above_room: 'Fler platser än salen rymmer'
};

export interface Conflict {
	kind: ConflictKind;
	/** Sessions involved, in programme order (start, end, id). */
	sessionIds: number[];
	/** Swedish, ready to show to an organiser. */
	message: string;
	/** Set for room_double_booked and capacity_above_room. */
	roomId?: number;
	/** Set for speaker_double_booked. */
	speakerId?: number;
}

export interface ConflictInput {
	conference: Conference;
	days: readonly ConferenceDay[];
	rooms: readonly Room[];
	sessions: readonly Session[];
}

interface Timed {
	session: Session;
	start: number;
	end: number;
	/** Position in programme order; the tie-breaker that makes the output deterministic. */
	rank: number;
}

export function findConflicts(input: ConflictInput): Conflict[] {
	const zone = input.conference.timeZone;
	const multiDay = new Set(input.days.map((day) => day.date)).size > 1;
	const roomsById = new Map(input.rooms.map((room) => [room.id, room]));
	const conflicts: Conflict[] = [];
	const timed: Timed[] = [];

	for (const session of input.sessions) {
		const start = parseLocalDateTime(session.startsAt, zone);
		const end = parseLocalDateTime(session.endsAt, zone);
		if (start === null || end === null || end <= start) {
			conflicts.push(invalidTime(session));
			continue;
		}
		timed.push({
			session,
			start: start.toMillis(),
			end: end.toMillis(),
			rank: 0
		});
	}
	timed.sort(byProgrammeOrder);
	timed.forEach((item, index) => (item.rank = index));

	const slot = (from: Session, to: Session) => formatSlot(from.startsAt, to.endsAt, multiDay);

	conflicts.push(...outsideConferenceDay(timed, input.days));

	for (const [roomId, group] of groupBy(timed, (item) => item.session.roomId)) {
		if (roomId === null) continue;
		const roomName = roomsById.get(roomId)?.name ?? `Okänd sal (${roomId})`;
		for (const [a, b] of overlappingPairs(group)) {
			const [from, to] = overlapBounds(a, b);
			conflicts.push({
				kind: 'room_double_booked',
				sessionIds: [a.session.id, b.session.id],
				roomId,
				message: `${roomName} är dubbelbokad ${slot(from, to)}: ${quote(a.session.title)} och ${quote(b.session.title)}.`
			});
		}
	}

	const jointOrTrack = timed.filter((item) => isJointPlenary(item.session) || item.session.trackId !== null);
	for (const [a, b] of overlappingPairs(jointOrTrack)) {
		const aJoint = isJointPlenary(a.session);
		if (aJoint === isJointPlenary(b.session)) continue;
		const joint = aJoint ? a.session : b.session;
		const track = aJoint ? b.session : a.session;
		conflicts.push({
			kind: 'plenary_overlaps_track',
			sessionIds: [a.session.id, b.session.id],
			message:
				`Det gemensamma passet ${quote(joint.title)} (${slot(joint, joint)}) överlappar ` +
				`spårpasset ${quote(track.title)} (${slot(track, track)}).`
		});
	}

	const bySpeaker = new Map<number, { name: string; sessions: Timed[] }>();
	for (const item of timed) {
		for (const speaker of item.session.speakers) {
			const entry = bySpeaker.get(speaker.id) ?? {
				name: speaker.name,
				sessions: []
			};
			// A speaker listed twice on one session is one booking, not two.
			if (entry.sessions.at(-1) !== item) entry.sessions.push(item);
			bySpeaker.set(speaker.id, entry);
		}
	}
	for (const [speakerId, { name, sessions }] of bySpeaker) {
		for (const [a, b] of overlappingPairs(sessions)) {
			const [from, to] = overlapBounds(a, b);
			conflicts.push({
				kind: 'speaker_double_booked',
				sessionIds: [a.session.id, b.session.id],
				speakerId,
				message: `${name} talar i två pass samtidigt ${slot(from, to)}: ${quote(a.session.title)} och ${quote(b.session.title)}.`
			});
		}
	}

	for (const { session } of timed) {
		const room = session.roomId === null ? undefined : roomsById.get(session.roomId);
		if (
			room === undefined ||
			room.capacity === null ||
			session.capacity === null ||
			session.capacity <= room.capacity
		) {
			continue;
		}
		conflicts.push({
			kind: 'capacity_above_room',
			sessionIds: [session.id],
			roomId: room.id,
			message: `${quote(session.title)} tar emot ${session.capacity} deltagare men ${room.name} rymmer ${room.capacity}.`
		});
	}

	const rankOf = new Map(timed.map((item) => [item.session.id, item.rank]));
	return sortConflicts(conflicts, (id) => rankOf.get(id) ?? -1);
}

/** The conflicts that involve one session, in the order findConflicts gave them. */
export function conflictsForSession(conflicts: readonly Conflict[], sessionId: number): Conflict[] {
	return conflicts.filter((conflict) => conflict.sessionIds.includes(sessionId));
}

function invalidTime(session: Session): Conflict {
	return {
		kind: 'invalid_time',
		sessionIds: [session.id],
		message: `${quote(session.title)} har ogiltig tid: passet måste ha både start och slut och sluta efter att det börjar.`
	};
}

function outsideConferenceDay(timed: readonly Timed[], days: readonly ConferenceDay[]): Conflict[] {
	const dayByDate = new Map(days.map((day) => [day.date, day]));
	const conflicts: Conflict[] = [];
	for (const { session } of timed) {
		const date = localDate(session.startsAt);
		const day = dayByDate.get(date);
		if (day === undefined) {
			conflicts.push({
				kind: 'outside_conference_day',
				sessionIds: [session.id],
				message: `${quote(session.title)} ligger ${date}, som inte är en konferensdag.`
			});
			continue;
		}
		// Local wall-clock strings of one day compare correctly as text.
		const endsSameDay = localDate(session.endsAt) === date;
		if (localTime(session.startsAt) < day.start || !endsSameDay || localTime(session.endsAt) > day.end) {
			conflicts.push({
				kind: 'outside_conference_day',
				sessionIds: [session.id],
				message:
					`${quote(session.title)} (${formatSlot(session.startsAt, session.endsAt, !endsSameDay)}) ` +
					`ligger utanför konferensdagens tider ${clock(day.start)}–${clock(day.end)}.`
			});
		}
	}
	return conflicts;
}

/**
 * Every pair of items whose intervals overlap, each pair in programme order. Touching
 * intervals (one ends when the next starts) do not overlap. Items must be sorted by start.
 */
function overlappingPairs(sorted: readonly Timed[]): Array<[Timed, Timed]> {
	const pairs: Array<[Timed, Timed]> = [];
	let running: Timed[] = [];
	for (const item of sorted) {
		running = running.filter((other) => other.end > item.start);
		for (const other of running) pairs.push([other, item]);
		running.push(item);
	}
	return pairs;
}

/** The sessions that give the start and the end of the time two sessions share. */
function overlapBounds(a: Timed, b: Timed): [Session, Session] {
	const from = a.start >= b.start ? a : b;
	const to = a.end <= b.end ? a : b;
	return [from.session, to.session];
}

function groupBy<K>(items: readonly Timed[], keyOf: (item: Timed) => K): Map<K, Timed[]> {
	const groups = new Map<K, Timed[]>();
	for (const item of items) {
		const key = keyOf(item);
		const group = groups.get(key);
		if (group === undefined) groups.set(key, [item]);
		else group.push(item);
	}
	return groups;
}

function byProgrammeOrder(a: Timed, b: Timed): number {
	return a.start - b.start || a.end - b.end || a.session.id - b.session.id;
}

function sortConflicts(conflicts: Conflict[], rankOf: (sessionId: number) => number): Conflict[] {
	const kindOrder = new Map<ConflictKind, number>(CONFLICT_KINDS.map((kind, index) => [kind, index]));
	const keyOf = (conflict: Conflict) => conflict.sessionIds.map(rankOf);
	return conflicts
		.map((conflict) => ({ conflict, key: keyOf(conflict) }))
		.sort((a, b) => {
			const first = compareNumbers(a.key, b.key, 1);
			if (first !== 0) return first;
			const kind = (kindOrder.get(a.conflict.kind) ?? 0) - (kindOrder.get(b.conflict.kind) ?? 0);
			if (kind !== 0) return kind;
			return (
				compareNumbers(a.key, b.key, Infinity) ||
				compareNumbers(a.conflict.sessionIds, b.conflict.sessionIds, Infinity) ||
				(a.conflict.roomId ?? 0) - (b.conflict.roomId ?? 0) ||
				(a.conflict.speakerId ?? 0) - (b.conflict.speakerId ?? 0)
			);
		})
		.map(({ conflict }) => conflict);
}

/** Compares the first `length` numbers of two lists, a shorter list first when equal so far. */
function compareNumbers(a: readonly number[], b: readonly number[], length: number): number {
	const n = Math.min(a.length, b.length, length);
	for (let i = 0; i < n; i++) {
		const difference = (a[i] ?? 0) - (b[i] ?? 0);
		if (difference !== 0) return difference;
	}
	return n === length ? 0 : a.length - b.length;
}

function quote(title: string): string {
	return `”${title}”`;
}

/** 'HH:MM' → 'HH.MM', the Swedish way of writing a time. */
function clock(time: string): string {
	return time.replace(':', '.');
}

function formatSlot(startsAt: string, endsAt: string, withDate: boolean): string {
	const from = clock(localTime(startsAt));
	const to = clock(localTime(endsAt));
	if (!withDate) return `${from}–${to}`;
	const endDate = localDate(endsAt);
	return endDate === localDate(startsAt)
		? `${localDate(startsAt)} ${from}–${to}`
		: `${localDate(startsAt)} ${from}–${endDate} ${to}`;
}
