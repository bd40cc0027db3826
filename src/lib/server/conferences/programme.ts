/**
 * The programme of a conference edition: rooms, tracks, speakers and sessions (the organisers'
 * draft), publishing it as numbered versions, "Ny upplaga", and each participant's own programme.
 *
 * Times are Europe/Stockholm wall clock in and out ('YYYY-MM-DDTHH:MM', the domain's
 * LocalDateTime) and timestamptz in the database; this module is where one becomes the other.
 * Every write that can create a conflict runs under a row lock on the conference
 * (conferences.lockConference), so checks and writes of two organisers never interleave.
 */
import { m } from '#lib/paraglide/messages.js';
import {
	CONFERENCE_TIME_ZONE,
	conferenceDays,
	localDate,
	localTime,
	type Conference as DomainConference,
	type ConferenceDay,
	type IsoDate,
	type LocalDateTime,
	type SessionKind,
	type SessionLanguage
} from '../../domain/conferences/programme.ts';
import { findConflicts, type Conflict } from '../../domain/conferences/programme-conflicts.ts';
import {
	byProgrammeOrder,
	diffProgrammes,
	type ProgrammeChange,
	type ProgrammeRoom,
	type ProgrammeSession,
	type ProgrammeSnapshot,
	type ProgrammeSpeaker,
	type ProgrammeTrack
} from '../../domain/conferences/published-programme.ts';
import { copyEditionFormat } from '../../domain/conferences/edition-copy.ts';
import { ScheduleExportError, toFrabXml } from '../../domain/feeds/schedule-export.ts';
import { parseStockholmLocal, toStockholmParts } from '../../domain/platform/stockholm-time.ts';
import { sql, type Db } from '../platform/db.ts';
import { lockConference, type ConferenceDetails } from './conferences.ts';

type ConferenceRef = Pick<ConferenceDetails, 'id' | 'slug' | 'title' | 'startsOn' | 'endsOn' | 'venue'>;

export interface DraftSession extends ProgrammeSession {
	updatedAt: Date;
}

export interface DraftProgramme extends ProgrammeSnapshot {
	sessions: DraftSession[];
	/** Every speaker of the edition, also those not (yet) in a session. */
	speakers: ProgrammeSpeaker[];
}

export type FieldErrors = Record<string, string>;

// ---------------------------------------------------------------------------------------------
// Wall clock ↔ instant

/** An instant as Stockholm wall clock, 'YYYY-MM-DDTHH:MM'. */
export function toLocal(instant: Date): LocalDateTime {
	const parts = toStockholmParts(instant);
	return `${parts.date}T${parts.time}`;
}

function fromLocal(date: string, time: string): { ok: true; value: Date } | { ok: false; error: string } {
	const parsed = parseStockholmLocal(date, time);
	return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}

export function toDomainConference(conference: ConferenceRef): DomainConference {
	return {
		id: conference.id,
		slug: conference.slug,
		title: conference.title,
		startsOn: conference.startsOn,
		endsOn: conference.endsOn,
		timeZone: CONFERENCE_TIME_ZONE,
		venue: conference.venue ?? ''
	};
}

/** Which Postgres error a failed write was, for specific messages instead of a 500. */
function pgCode(error: unknown): string | undefined {
	return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Days (time blocks)

export async function listDays(conference: ConferenceRef, db: Db = sql): Promise<ConferenceDay[]> {
	const rows = await db<{ date: string; start: string; end: string }[]>`
		select day as date, to_char(starts, 'HH24:MI') as start, to_char(ends, 'HH24:MI') as "end"
		from conference_days
		where conference_id = ${conference.id} and day between ${conference.startsOn} and ${conference.endsOn}`;
	return conferenceDays(conference, rows);
}

export async function saveDay(
	conference: ConferenceRef,
	day: ConferenceDay
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
	if (day.date < conference.startsOn || day.date > conference.endsOn) {
		return { ok: false, errors: { date: m.prog_error_not_conference_day({ date: day.date }) } };
	}
	if (day.end <= day.start) return { ok: false, errors: { end: m.prog_error_end_before_start() } };
	await sql`
		insert into conference_days (conference_id, day, starts, ends)
		values (${conference.id}, ${day.date}, ${day.start}, ${day.end})
		on conflict (conference_id, day) do update set starts = excluded.starts, ends = excluded.ends`;
	return { ok: true };
}

// ---------------------------------------------------------------------------------------------
// Rooms

export interface RoomInput {
	name: string;
	capacity: number | null;
	accessibility: string;
	position: number;
}

export async function listRooms(conferenceId: number, db: Db = sql): Promise<ProgrammeRoom[]> {
	return db<ProgrammeRoom[]>`
		select id, name, capacity, accessibility from conference_rooms
		where conference_id = ${conferenceId} order by position, id`;
}

export async function saveRoom(
	conferenceId: number,
	roomId: number | null,
	input: RoomInput
): Promise<{ ok: true; id: number } | { ok: false; errors: FieldErrors }> {
	try {
		const [row]: [{ id: number }?] =
			roomId === null
				? await sql`
					insert into conference_rooms ${sql({ conferenceId, ...input }, 'conferenceId', 'name', 'capacity', 'accessibility', 'position')}
					returning id`
				: await sql`
					update conference_rooms set ${sql(input, 'name', 'capacity', 'accessibility', 'position')}
					where id = ${roomId} and conference_id = ${conferenceId} returning id`;
		if (!row) return { ok: false, errors: { form: m.prog_error_room_unknown() } };
		return { ok: true, id: row.id };
	} catch (caught) {
		if (pgCode(caught) === '23505')
			return { ok: false, errors: { name: m.prog_error_room_taken({ name: input.name }) } };
		throw caught;
	}
}

/** A room still used by sessions stays: the organiser moves them first. */
export async function deleteRoom(
	conferenceId: number,
	roomId: number
): Promise<{ ok: true } | { ok: false; message: string }> {
	return sql.begin(async (tx) => {
		await lockConference(tx, conferenceId);
		const [{ count }] = await tx<{ count: number }[]>`
			select count(*) from programme_sessions where room_id = ${roomId} and conference_id = ${conferenceId}`;
		if (count > 0) return { ok: false as const, message: m.prog_error_room_in_use({ count }) };
		await tx`delete from conference_rooms where id = ${roomId} and conference_id = ${conferenceId}`;
		return { ok: true as const };
	});
}

// ---------------------------------------------------------------------------------------------
// Tracks

export interface TrackInput {
	name: string;
	description: string;
	colour: string;
	position: number;
	leadName: string | null;
}

export async function listTracks(conferenceId: number, db: Db = sql): Promise<ProgrammeTrack[]> {
	return db<ProgrammeTrack[]>`
		select id, name, colour, position as "order", description, lead_name from conference_tracks
		where conference_id = ${conferenceId} order by position, id`;
}

export async function saveTrack(
	conferenceId: number,
	trackId: number | null,
	input: TrackInput
): Promise<{ ok: true; id: number } | { ok: false; errors: FieldErrors }> {
	try {
		const [row]: [{ id: number }?] =
			trackId === null
				? await sql`
					insert into conference_tracks ${sql({ conferenceId, ...input }, 'conferenceId', 'name', 'description', 'colour', 'position', 'leadName')}
					returning id`
				: await sql`
					update conference_tracks set ${sql(input, 'name', 'description', 'colour', 'position', 'leadName')}
					where id = ${trackId} and conference_id = ${conferenceId} returning id`;
		if (!row) return { ok: false, errors: { form: m.prog_error_track_unknown() } };
		return { ok: true, id: row.id };
	} catch (caught) {
		if (pgCode(caught) === '23505')
			return { ok: false, errors: { name: m.prog_error_track_taken({ name: input.name }) } };
		throw caught;
	}
}

export async function deleteTrack(
	conferenceId: number,
	trackId: number
): Promise<{ ok: true } | { ok: false; message: string }> {
	return sql.begin(async (tx) => {
		await lockConference(tx, conferenceId);
		const [{ count }] = await tx<{ count: number }[]>`
			select count(*) from programme_sessions where track_id = ${trackId} and conference_id = ${conferenceId}`;
		if (count > 0) return { ok: false as const, message: m.prog_error_track_in_use({ count }) };
		await tx`delete from conference_tracks where id = ${trackId} and conference_id = ${conferenceId}`;
		return { ok: true as const };
	});
}

// ---------------------------------------------------------------------------------------------
// Speakers

export interface SpeakerInput {
	name: string;
	title: string | null;
	organisation: string | null;
	bio: string;
}

interface SpeakerRow {
	id: number;
	name: string;
	title: string | null;
	organisation: string | null;
	bio: string;
}

function toSpeaker(row: SpeakerRow): ProgrammeSpeaker {
	return {
		id: row.id,
		name: row.name,
		...(row.title ? { title: row.title } : {}),
		...(row.organisation ? { organisation: row.organisation } : {}),
		bio: row.bio
	};
}

export async function listSpeakers(conferenceId: number, db: Db = sql): Promise<ProgrammeSpeaker[]> {
	const rows = await db<SpeakerRow[]>`
		select id, name, title, organisation, bio from conference_speakers
		where conference_id = ${conferenceId} order by lower(name), id`;
	return rows.map(toSpeaker);
}

export async function getSpeaker(conferenceId: number, speakerId: number): Promise<ProgrammeSpeaker | null> {
	const [row]: [SpeakerRow?] = await sql`
		select id, name, title, organisation, bio from conference_speakers
		where conference_id = ${conferenceId} and id = ${speakerId}`;
	return row ? toSpeaker(row) : null;
}

export async function saveSpeaker(
	conferenceId: number,
	speakerId: number | null,
	input: SpeakerInput
): Promise<{ ok: true; id: number } | { ok: false; errors: FieldErrors }> {
	const [row]: [{ id: number }?] =
		speakerId === null
			? await sql`
				insert into conference_speakers ${sql({ conferenceId, ...input }, 'conferenceId', 'name', 'title', 'organisation', 'bio')}
				returning id`
			: await sql`
				update conference_speakers set ${sql(input, 'name', 'title', 'organisation', 'bio')}
				where id = ${speakerId} and conference_id = ${conferenceId} returning id`;
	if (!row) return { ok: false, errors: { form: m.prog_error_speaker_unknown() } };
	return { ok: true, id: row.id };
}

export async function deleteSpeaker(conferenceId: number, speakerId: number): Promise<void> {
	await sql`delete from conference_speakers where id = ${speakerId} and conference_id = ${conferenceId}`;
}

// ---------------------------------------------------------------------------------------------
// The draft programme

interface SessionRow {
	id: number;
	guid: string;
	title: string;
	abstract: string;
	kind: SessionKind;
	trackId: number | null;
	roomId: number | null;
	startsAt: Date;
	endsAt: Date;
	language: SessionLanguage;
	capacity: number | null;
	cancelledAt: Date | null;
	sequence: number;
	updatedAt: Date;
}

const sessionColumns = () => sql`
	s.id, s.guid, s.title, s.abstract, s.kind, s.track_id, s.room_id, s.starts_at, s.ends_at,
	s.language, s.capacity, s.cancelled_at, s.sequence, s.updated_at`;

/** The organisers' working programme, as the domain rules and the editor see it. */
export async function loadDraft(conference: ConferenceRef, db: Db = sql): Promise<DraftProgramme> {
	const [days, rooms, tracks, speakers, rows, links] = await Promise.all([
		listDays(conference, db),
		listRooms(conference.id, db),
		listTracks(conference.id, db),
		listSpeakers(conference.id, db),
		db<SessionRow[]>`
			select ${sessionColumns()} from programme_sessions s
			where s.conference_id = ${conference.id}`,
		db<{ sessionId: number; speakerId: number }[]>`
			select session_id, speaker_id from programme_session_speakers
			where conference_id = ${conference.id} order by session_id, position, speaker_id`
	]);
	const speakerById = new Map(speakers.map((speaker) => [speaker.id, speaker]));
	const speakersOf = new Map<number, ProgrammeSpeaker[]>();
	for (const link of links) {
		const speaker = speakerById.get(link.speakerId);
		if (!speaker) continue;
		speakersOf.set(link.sessionId, [...(speakersOf.get(link.sessionId) ?? []), speaker]);
	}
	const sessions: DraftSession[] = rows
		.map((row) => ({
			id: row.id,
			guid: row.guid,
			title: row.title,
			abstract: row.abstract,
			kind: row.kind,
			trackId: row.trackId,
			roomId: row.roomId,
			startsAt: toLocal(row.startsAt),
			endsAt: toLocal(row.endsAt),
			speakers: speakersOf.get(row.id) ?? [],
			language: row.language,
			capacity: row.capacity,
			sequence: row.sequence,
			cancelled: row.cancelledAt !== null,
			updatedAt: row.updatedAt
		}))
		.sort(byProgrammeOrder);
	return { conference: toDomainConference(conference), days, rooms, tracks, sessions, speakers };
}

/** Conflicts of a programme; cancelled sessions take no room and no speaker. */
export function programmeConflicts(
	programme: Pick<ProgrammeSnapshot, 'conference' | 'days' | 'rooms' | 'sessions'>
): Conflict[] {
	return findConflicts({
		conference: programme.conference,
		days: programme.days,
		rooms: programme.rooms,
		sessions: programme.sessions.filter((session) => !session.cancelled)
	});
}

export async function getDraftSession(conferenceId: number, sessionId: number) {
	const [row]: [SessionRow?] = await sql`
		select ${sessionColumns()} from programme_sessions s
		where s.conference_id = ${conferenceId} and s.id = ${sessionId}`;
	if (!row) return null;
	const speakers = await sql<{ speakerId: number }[]>`
		select speaker_id from programme_session_speakers where session_id = ${sessionId} order by position, speaker_id`;
	return {
		...row,
		startsAt: toLocal(row.startsAt),
		endsAt: toLocal(row.endsAt),
		cancelled: row.cancelledAt !== null,
		speakerIds: speakers.map((speaker) => speaker.speakerId)
	};
}

// ---------------------------------------------------------------------------------------------
// Saving a session

export interface SessionInput {
	title: string;
	abstract: string;
	kind: SessionKind;
	trackId: number | null;
	roomId: number | null;
	/** 'YYYY-MM-DD' and 'HH:MM', Stockholm wall clock */
	date: IsoDate;
	start: string;
	end: string;
	language: SessionLanguage;
	capacity: number | null;
	speakerIds: number[];
	/** A speaker typed into the session form, created and added in the same go. */
	newSpeaker: { name: string; title: string | null; organisation: string | null } | null;
}

export type SaveSessionResult =
	| { ok: true; id: number; guid: string; conflicts: Conflict[] }
	| { ok: false; errors: FieldErrors; conflicts?: undefined }
	| { ok: false; conflicts: Conflict[]; errors?: undefined };

const conflictKey = (conflict: Conflict) =>
	[
		conflict.kind,
		[...conflict.sessionIds].sort((a, b) => a - b).join(','),
		conflict.roomId ?? '',
		conflict.speakerId ?? ''
	].join('|');

/** Id used for a session not yet inserted while checking it against the programme. */
const NEW_SESSION = 0;

/**
 * Adds (sessionId null) or changes a session. Everything is checked before anything is written:
 * fields against the edition (room, track and speakers must be its own, the date one of its days,
 * the time inside that day), then the conflicts the change would create. New conflicts (a room
 * double-booked, a speaker in two places, a plenary over the tracks, more seats than the room)
 * are returned for the organiser to confirm; only with `confirm` is the session saved anyway.
 */
export async function saveSession(
	conference: ConferenceRef,
	sessionId: number | null,
	input: SessionInput,
	options: { confirm: boolean }
): Promise<SaveSessionResult> {
	return sql.begin(async (tx) => {
		await lockConference(tx, conference.id);
		const draft = await loadDraft(conference, tx);
		const errors: FieldErrors = {};

		const existing =
			sessionId === null ? undefined : draft.sessions.find((session) => session.id === sessionId);
		if (sessionId !== null && !existing)
			return { ok: false as const, errors: { form: m.prog_error_session_unknown() } };

		const room = input.roomId === null ? null : draft.rooms.find((r) => r.id === input.roomId);
		if (room === undefined) errors.roomId = m.prog_error_room_unknown();
		if (input.kind === 'track') {
			if (input.trackId === null) errors.trackId = m.prog_error_track_required();
			else if (!draft.tracks.some((track) => track.id === input.trackId))
				errors.trackId = m.prog_error_track_unknown();
		} else if (input.trackId !== null) {
			errors.trackId = m.prog_error_track_only_for_track_sessions();
		}
		const speakerIds = [...new Set(input.speakerIds)];
		if (speakerIds.some((id) => !draft.speakers.some((speaker) => speaker.id === id))) {
			errors.speakerIds = m.prog_error_speaker_unknown();
		}

		const day = draft.days.find((d) => d.date === input.date);
		if (!day) {
			errors.date = m.prog_error_not_conference_day({ date: input.date });
		} else {
			const start = fromLocal(input.date, input.start);
			const end = fromLocal(input.date, input.end);
			if (!start.ok) errors.start = start.error;
			if (!end.ok) errors.end = end.error;
			if (start.ok && end.ok) {
				if (end.value <= start.value) errors.end = m.prog_error_end_before_start();
				else if (input.start < day.start || input.end > day.end) {
					errors.start = m.prog_error_outside_day({ start: clock(day.start), end: clock(day.end) });
				}
			}
		}
		if (Object.keys(errors).length > 0) return { ok: false as const, errors };

		const startsAt = `${input.date}T${input.start}`;
		const endsAt = `${input.date}T${input.end}`;
		const newSpeaker: ProgrammeSpeaker | null = input.newSpeaker
			? { id: -1, name: input.newSpeaker.name, bio: '' }
			: null;
		const candidate = {
			id: sessionId ?? NEW_SESSION,
			guid: existing?.guid ?? '00000000-0000-4000-8000-000000000000',
			title: input.title,
			abstract: input.abstract,
			kind: input.kind,
			trackId: input.trackId,
			roomId: input.roomId,
			startsAt,
			endsAt,
			speakers: [
				...speakerIds.map((id) => draft.speakers.find((speaker) => speaker.id === id)!),
				...(newSpeaker ? [newSpeaker] : [])
			],
			language: input.language,
			capacity: input.capacity,
			sequence: existing?.sequence ?? 0,
			cancelled: existing?.cancelled ?? false
		};
		const before = new Set(programmeConflicts(draft).map(conflictKey));
		const after = programmeConflicts({
			...draft,
			sessions: [...draft.sessions.filter((session) => session.id !== sessionId), candidate]
		});
		const created = after.filter(
			(conflict) => conflict.sessionIds.includes(candidate.id) && !before.has(conflictKey(conflict))
		);
		if (created.length > 0 && !options.confirm) return { ok: false as const, conflicts: created };

		const starts = fromLocal(input.date, input.start);
		const ends = fromLocal(input.date, input.end);
		if (!starts.ok || !ends.ok) throw new Error('checked above');
		const fields = {
			title: input.title,
			abstract: input.abstract,
			kind: input.kind,
			trackId: input.trackId,
			roomId: input.roomId,
			startsAt: starts.value,
			endsAt: ends.value,
			language: input.language,
			capacity: input.capacity
		};
		const keys = [
			'title',
			'abstract',
			'kind',
			'trackId',
			'roomId',
			'startsAt',
			'endsAt',
			'language',
			'capacity'
		] as const;
		const [saved] =
			sessionId === null
				? await tx<{ id: number; guid: string }[]>`
					insert into programme_sessions ${tx({ conferenceId: conference.id, ...fields }, 'conferenceId', ...keys)}
					returning id, guid`
				: await tx<{ id: number; guid: string }[]>`
					update programme_sessions set ${tx(fields, ...keys)}
					where id = ${sessionId} and conference_id = ${conference.id}
					returning id, guid`;
		const allSpeakers = [...speakerIds];
		if (input.newSpeaker) {
			const [{ id }] = await tx<{ id: number }[]>`
				insert into conference_speakers (conference_id, name, title, organisation)
				values (${conference.id}, ${input.newSpeaker.name}, ${input.newSpeaker.title}, ${input.newSpeaker.organisation})
				returning id`;
			allSpeakers.push(id);
		}
		await setSessionSpeakers(tx, conference.id, saved!.id, allSpeakers);
		const conflicts = created.map((conflict) => ({
			...conflict,
			sessionIds: conflict.sessionIds.map((id) => (id === NEW_SESSION ? saved!.id : id))
		}));
		return { ok: true as const, id: saved!.id, guid: saved!.guid, conflicts };
	});
}

async function setSessionSpeakers(tx: Db, conferenceId: number, sessionId: number, speakerIds: number[]) {
	await tx`delete from programme_session_speakers where session_id = ${sessionId}`;
	if (speakerIds.length === 0) return;
	await tx`
		insert into programme_session_speakers ${tx(
			speakerIds.map((speakerId, position) => ({ conferenceId, sessionId, speakerId, position })),
			'conferenceId',
			'sessionId',
			'speakerId',
			'position'
		)}`;
}

/**
 * A move or resize from the grid editor: new time and room, everything else kept. Checked exactly
 * like the form (same messages, same confirmation of new conflicts).
 */
export async function moveSession(
	conference: ConferenceRef,
	sessionId: number,
	slot: { roomId: number | null; startsAt: LocalDateTime; endsAt: LocalDateTime },
	options: { confirm: boolean }
): Promise<SaveSessionResult> {
	const session = await getDraftSession(conference.id, sessionId);
	if (!session) return { ok: false, errors: { form: m.prog_error_session_unknown() } };
	if (localDate(slot.endsAt) !== localDate(slot.startsAt)) {
		return { ok: false, errors: { end: m.prog_error_same_day() } };
	}
	return saveSession(
		conference,
		sessionId,
		{
			title: session.title,
			abstract: session.abstract,
			kind: session.kind,
			trackId: session.trackId,
			roomId: slot.roomId,
			date: localDate(slot.startsAt),
			start: localTime(slot.startsAt),
			end: localTime(slot.endsAt),
			language: session.language,
			capacity: session.capacity,
			speakerIds: session.speakerIds,
			newSpeaker: null
		},
		options
	);
}

export async function deleteSession(conferenceId: number, sessionId: number): Promise<boolean> {
	const rows = await sql`
		delete from programme_sessions where id = ${sessionId} and conference_id = ${conferenceId} returning id`;
	return rows.length > 0;
}

/** "Ställ in": the session stays in the programme, marked cancelled, so calendars can say so. */
export async function setSessionCancelled(
	conferenceId: number,
	sessionId: number,
	cancelled: boolean
): Promise<boolean> {
	const rows = await sql`
		update programme_sessions set cancelled_at = ${cancelled ? sql`now()` : null}
		where id = ${sessionId} and conference_id = ${conferenceId}
			and (cancelled_at is null) = ${cancelled}
		returning id`;
	return rows.length > 0;
}

function clock(time: string): string {
	return time.replace(':', '.');
}

// ---------------------------------------------------------------------------------------------
// Publishing

export interface PublishedVersion {
	number: number;
	publishedAt: Date;
	note: string;
	snapshot: ProgrammeSnapshot;
	changes: ProgrammeChange[];
}

export interface VersionSummary {
	number: number;
	publishedAt: Date;
	note: string;
	publishedByName: string | null;
	changeCount: number;
}

export type PublishResult =
	| { ok: true; number: number; changes: ProgrammeChange[] }
	| { ok: false; reason: 'conflicts'; conflicts: Conflict[] }
	| { ok: false; reason: 'empty' | 'unchanged'; message: string }
	| { ok: false; reason: 'invalid'; message: string; problems: readonly string[] };

/** The draft as the public will see it: in a fixed order, without the organisers' bookkeeping. */
export function toSnapshot(draft: DraftProgramme): ProgrammeSnapshot {
	const sessions = draft.sessions.map((session) => {
		const { updatedAt: _updatedAt, ...published } = session;
		return published;
	});
	const speaking = new Set(sessions.flatMap((session) => session.speakers.map((speaker) => speaker.id)));
	return {
		conference: draft.conference,
		days: draft.days,
		rooms: draft.rooms,
		tracks: draft.tracks,
		sessions,
		speakers: draft.speakers.filter((speaker) => speaking.has(speaker.id))
	};
}

/**
 * "Publicera": freezes the draft as the next version. Refused when there is nothing to publish,
 * nothing changed since the last version, or the programme cannot be written as a valid schedule;
 * conflicts must be confirmed. Version numbers come from the locked conference row and a unique
 * key, so two organisers publishing at once get two consecutive versions, never the same number.
 */
export async function publishProgramme(
	conference: ConferenceRef,
	userId: number,
	note: string,
	options: { confirm: boolean }
): Promise<PublishResult> {
	return sql.begin(async (tx) => {
		await lockConference(tx, conference.id);
		const draft = await loadDraft(conference, tx);
		if (draft.sessions.length === 0)
			return { ok: false as const, reason: 'empty' as const, message: m.prog_error_publish_empty() };
		const conflicts = programmeConflicts(draft);
		if (conflicts.length > 0 && !options.confirm) {
			return { ok: false as const, reason: 'conflicts' as const, conflicts };
		}
		const snapshot = toSnapshot(draft);
		try {
			toFrabXml({ ...scheduleParts(snapshot), programmeUrl: 'https://samverka.invalid/' });
		} catch (caught) {
			if (caught instanceof ScheduleExportError) {
				return {
					ok: false as const,
					reason: 'invalid' as const,
					message: m.prog_error_publish_invalid(),
					problems: caught.problems
				};
			}
			throw caught;
		}
		// jsonb equality compares content, whatever the order of keys.
		const [latest]: [{ number: number; snapshot: ProgrammeSnapshot; same: boolean }?] = await tx`
			select number, snapshot, snapshot = ${tx.json(snapshot as never)} as same from programme_versions
			where conference_id = ${conference.id} order by number desc limit 1`;
		if (latest?.same) {
			return {
				ok: false as const,
				reason: 'unchanged' as const,
				message: m.prog_error_publish_unchanged({ number: latest.number })
			};
		}
		const changes = latest ? diffProgrammes(latest.snapshot, snapshot) : [];
		const number = (latest?.number ?? 0) + 1;
		await tx`
			insert into programme_versions (conference_id, number, snapshot, changes, note, published_by)
			values (${conference.id}, ${number}, ${tx.json(snapshot as never)}, ${tx.json(changes as never)},
				${note}, ${userId})`;
		return { ok: true as const, number, changes };
	});
}

/** What the schedule exports need from a snapshot; cancelled sessions are left out of them. */
export function scheduleParts(snapshot: ProgrammeSnapshot) {
	return {
		conference: snapshot.conference,
		days: snapshot.days,
		rooms: snapshot.rooms,
		tracks: snapshot.tracks,
		sessions: snapshot.sessions.filter((session) => !session.cancelled)
	};
}

/** The newest published version, or null while nothing is published. */
export async function getPublished(conferenceId: number): Promise<PublishedVersion | null> {
	const [row]: [PublishedVersion?] = await sql`
		select number, published_at, note, snapshot, changes from programme_versions
		where conference_id = ${conferenceId} order by number desc limit 1`;
	return row ?? null;
}

/** Only the number: cheap enough for ETags and for "is anything published?". */
export async function publishedNumber(conferenceId: number): Promise<number | null> {
	const [row]: [{ number: number }?] = await sql`
		select number from programme_versions where conference_id = ${conferenceId} order by number desc limit 1`;
	return row?.number ?? null;
}

export async function listVersions(conferenceId: number): Promise<VersionSummary[]> {
	return sql<VersionSummary[]>`
		select v.number, v.published_at, v.note, u.name as published_by_name,
			jsonb_array_length(v.changes) as change_count
		from programme_versions v left join users u on u.id = v.published_by
		where v.conference_id = ${conferenceId} order by v.number desc`;
}

// ---------------------------------------------------------------------------------------------
// "Mitt program"

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listBookmarks(userId: number, conferenceId: number): Promise<string[]> {
	const rows = await sql<{ sessionGuid: string }[]>`
		select session_guid from programme_bookmarks
		where user_id = ${userId} and conference_id = ${conferenceId} order by created_at`;
	return rows.map((row) => row.sessionGuid);
}

/**
 * Marks (or unmarks) sessions of the published programme. GUIDs that are not in the newest
 * published version are ignored, so a crafted request cannot store anything else.
 */
export async function setBookmarks(
	userId: number,
	conferenceId: number,
	guids: readonly string[],
	marked: boolean
): Promise<number> {
	const wanted = [...new Set(guids.filter((guid) => GUID.test(guid)).map((guid) => guid.toLowerCase()))];
	if (wanted.length === 0) return 0;
	if (!marked) {
		const rows = await sql`
			delete from programme_bookmarks
			where user_id = ${userId} and conference_id = ${conferenceId} and session_guid::text in ${sql(wanted)}
			returning session_guid`;
		return rows.length;
	}
	const rows = await sql`
		insert into programme_bookmarks (user_id, conference_id, session_guid)
		select ${userId}, ${conferenceId}, s.guid::uuid
		from (select snapshot from programme_versions where conference_id = ${conferenceId}
			order by number desc limit 1) v,
			jsonb_array_elements(v.snapshot -> 'sessions') e,
			lateral (select e ->> 'guid' as guid) s
		where s.guid in ${sql(wanted)}
		on conflict do nothing
		returning session_guid`;
	return rows.length;
}

// ---------------------------------------------------------------------------------------------
// "Ny upplaga"

export interface NewEditionInput {
	slug: string;
	title: string;
	startsOn: IsoDate;
	endsOn: IsoDate;
}

export type NewEditionResult =
	| { ok: true; id: number; slug: string; sessions: number; droppedSessions: number }
	| { ok: false; errors: FieldErrors };

/**
 * Creates next year's edition as a draft with the format of `source`: its rooms, tracks, day
 * windows and slots (#lib/domain/edition-copy.ts), its working group and office, venue and
 * description, but no speakers, no abstracts, no published versions and no registrations.
 */
export async function createNextEdition(
	source: ConferenceDetails,
	input: NewEditionInput
): Promise<NewEditionResult> {
	try {
		return await sql.begin(async (tx) => {
			const draft = await loadDraft(source, tx);
			const [created] = await tx<{ id: number }[]>`
				insert into conferences (series_id, slug, title, starts_on, ends_on, venue, address, description,
					contact_email, status, copied_from_id)
				values (${source.seriesId}, ${input.slug}, ${input.title}, ${input.startsOn}, ${input.endsOn},
					${source.venue}, ${source.address}, ${source.description}, ${source.contactEmail}, 'draft', ${source.id})
				returning id`;
			const conferenceId = created!.id;
			await tx`
				insert into conference_roles (conference_id, user_id, role)
				select ${conferenceId}, user_id, role from conference_roles where conference_id = ${source.id}`;

			const roomIds = new Map<number, number>();
			for (const [position, room] of draft.rooms.entries()) {
				const [row] = await tx<{ id: number }[]>`
					insert into conference_rooms (conference_id, name, capacity, accessibility, position)
					values (${conferenceId}, ${room.name}, ${room.capacity}, ${room.accessibility}, ${position})
					returning id`;
				roomIds.set(room.id, row!.id);
			}
			const trackIds = new Map<number, number>();
			const trackNames = new Map<number, string>();
			for (const track of draft.tracks) {
				const [row] = await tx<{ id: number }[]>`
					insert into conference_tracks (conference_id, name, description, colour, position, lead_name)
					values (${conferenceId}, ${track.name}, ${track.description}, ${track.colour}, ${track.order}, null)
					returning id`;
				trackIds.set(track.id, row!.id);
				trackNames.set(track.id, track.name);
			}

			const copy = copyEditionFormat(
				{ startsOn: source.startsOn, endsOn: source.endsOn, days: draft.days, sessions: draft.sessions },
				input,
				(trackId) => m.prog_copy_track_slot({ track: trackNames.get(trackId) ?? '' })
			);
			for (const day of copy.days) {
				await tx`
					insert into conference_days (conference_id, day, starts, ends)
					values (${conferenceId}, ${day.date}, ${day.start}, ${day.end})`;
			}
			let dropped = copy.droppedSessions;
			const rows = [];
			for (const session of copy.sessions) {
				const starts = fromLocal(localDate(session.startsAt), localTime(session.startsAt));
				const ends = fromLocal(localDate(session.endsAt), localTime(session.endsAt));
				// A slot that falls in the hour skipped when summer time starts cannot be copied.
				if (!starts.ok || !ends.ok) {
					dropped++;
					continue;
				}
				rows.push({
					conferenceId,
					title: session.title,
					kind: session.kind,
					trackId: session.trackId === null ? null : (trackIds.get(session.trackId) ?? null),
					roomId: session.roomId === null ? null : (roomIds.get(session.roomId) ?? null),
					startsAt: starts.value,
					endsAt: ends.value,
					language: session.language,
					capacity: session.capacity
				});
			}
			if (rows.length > 0) {
				await tx`
					insert into programme_sessions ${tx(
						rows,
						'conferenceId',
						'title',
						'kind',
						'trackId',
						'roomId',
						'startsAt',
						'endsAt',
						'language',
						'capacity'
					)}`;
			}
			return {
				ok: true as const,
				id: conferenceId,
				slug: input.slug,
				sessions: rows.length,
				droppedSessions: dropped
			};
		});
	} catch (caught) {
		if (pgCode(caught) === '23505')
			return { ok: false, errors: { slug: m.conf_error_slug_taken({ slug: input.slug }) } };
		throw caught;
	}
}
