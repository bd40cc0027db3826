/**
 * Builders for the programme in the formats other software reads:
 *
 * - `toFrabXml`: frab/Pentabarf schedule.xml (c3voc XSD), read by conference apps such as
 *   Giggity and EventFahrplan;
 * - `toC3vocJson`: c3voc schedule.json v1 (JSON Schema draft-06), the same data as JSON;
 * - `toProgrammeCsv`: a spreadsheet for the organisers, opened in Swedish Excel.
 *
 * All three are pure and deterministic: the same input gives byte-identical output (no clock,
 * no random ids; GUIDs come from the sessions, the default version is a hash of the content).
 *
 * Joint sessions without a room (plenary, closing, breaks across all rooms). Both schedule
 * formats file every event under exactly one room, and a session's GUID may appear only once, so
 * such a session cannot be repeated in every room. It goes into the "joint room": `jointRoomId`
 * when given, otherwise the room with most seats (ties: the lowest id) — in practice the plenary
 * hall where the joint morning is held. Without any rooms the venue's name is used. The joint
 * room is listed first. The organisers' CSV does not need this and says "Gemensamt" instead.
 */
import { DateTime } from 'luxon';
import {
	SESSION_KIND_LABELS,
	conferenceDays,
	isIsoDate,
	isLocalTime,
	localDate,
	localTime,
	parseLocalDateTime,
	type Conference,
	type ConferenceDay,
	type Room,
	type Session,
	type SessionLanguage,
	type Speaker,
	type Track
} from '../conferences/programme.ts';

export interface ScheduleExportInput {
	conference: Conference;
	/** Day windows; dates of the conference missing here get DEFAULT_DAY_WINDOW. */
	days: readonly ConferenceDay[];
	rooms: readonly Room[];
	tracks: readonly Track[];
	sessions: readonly Session[];
	/** Absolute http(s) URL of the public programme page: base_url and default session links. */
	programmeUrl: string;
	/** Schedule version shown by apps; defaults to a hash of the content, so it changes with it. */
	version?: string;
	/** Where joint sessions without a room are filed; defaults to the room with most seats. */
	jointRoomId?: number;
	/** Public link of one session; defaults to `${programmeUrl}#pass-${guid}`. */
	sessionUrl?: (session: Session) => string;
}

/** Thrown when the programme cannot be expressed in a valid schedule; `problems` are Swedish. */
export class ScheduleExportError extends Error {
	readonly problems: readonly string[];

	constructor(problems: readonly string[]) {
		super(`Programmet kan inte exporteras: ${problems.join(' ')}`);
		this.name = 'ScheduleExportError';
		this.problems = problems;
	}
}

export const SCHEDULE_GENERATOR_NAME = 'Samverka';
/** Room name in the organisers' CSV for sessions without a room. */
export const CSV_JOINT_ROOM_LABEL = 'Gemensamt';
export const CSV_HEADERS = [
	'Datum',
	'Start',
	'Slut',
	'Sal',
	'Spår',
	'Typ',
	'Titel',
	'Talare',
	'Kapacitet'
] as const;

// ---------------------------------------------------------------------------------------------
// c3voc schedule.json v1 types (the subset Samverka writes)

export interface C3vocPerson {
	id: number;
	name: string;
	biography?: string;
}

export interface C3vocEvent {
	guid: string;
	id: number;
	date: string;
	start: string;
	end: string;
	duration: string;
	room: string;
	slug: string;
	url: string;
	title: string;
	subtitle: string;
	track: string | null;
	type: string;
	language: SessionLanguage;
	abstract: string;
	description: string;
	persons: C3vocPerson[];
	links: never[];
	attachments: never[];
}

export interface C3vocDay {
	index: number;
	date: string;
	day_start: string;
	day_end: string;
	rooms: Record<string, C3vocEvent[]>;
}

export interface C3vocSchedule {
	$schema: string;
	generator: { name: string };
	schedule: {
		version: string;
		base_url: string;
		conference: {
			acronym: string;
			title: string;
			start: string;
			end: string;
			daysCount: number;
			timeslot_duration: string;
			time_zone_name: string;
			url: string;
			tracks: Array<{ name: string; slug: string; color?: string }>;
			days: C3vocDay[];
		};
	};
}

// ---------------------------------------------------------------------------------------------
// The model both schedule formats are rendered from

interface ModelEvent {
	guid: string;
	id: number;
	date: string;
	start: string;
	end: string;
	duration: string;
	room: string;
	slug: string;
	url: string;
	title: string;
	track: string | null;
	type: string;
	language: SessionLanguage;
	abstract: string;
	persons: C3vocPerson[];
}

interface ModelDay {
	index: number;
	date: string;
	start: string;
	end: string;
	rooms: Array<{ name: string; events: ModelEvent[] }>;
}

interface ScheduleModel {
	version: string;
	acronym: string;
	title: string;
	start: string;
	end: string;
	timeslotDuration: string;
	timeZone: string;
	baseUrl: string;
	url: string;
	tracks: Array<{ name: string; slug: string; color?: string }>;
	days: ModelDay[];
}

const UUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;
const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
const MAX_DURATION_MINUTES = 24 * 60;

function buildModel(input: ScheduleExportInput): ScheduleModel {
	const { conference } = input;
	const zone = conference.timeZone;
	const problems: string[] = [];

	const baseUrl = httpUrl(input.programmeUrl);
	if (baseUrl === null) problems.push('Programmets adress måste vara en fullständig http(s)-adress.');
	const conferenceUrl = conference.url === undefined ? baseUrl : httpUrl(conference.url);
	if (conferenceUrl === null && conference.url !== undefined) {
		problems.push('Konferensens webbadress måste vara en fullständig http(s)-adress.');
	}
	if (
		!isIsoDate(conference.startsOn) ||
		!isIsoDate(conference.endsOn) ||
		conference.endsOn < conference.startsOn
	) {
		problems.push('Konferensens start- och slutdatum är ogiltiga.');
	}
	for (const day of input.days) {
		if (!isIsoDate(day.date) || !isLocalTime(day.start) || !isLocalTime(day.end) || day.end <= day.start) {
			problems.push(`Konferensdagen ${day.date} har ogiltiga tider.`);
		}
	}

	const roomsById = new Map(input.rooms.map((room) => [room.id, room]));
	const tracksById = new Map(input.tracks.map((track) => [track.id, track]));
	const roomNames = new Set<string>();
	for (const room of input.rooms) {
		const name = room.name.trim();
		if (name === '') problems.push(`Sal ${room.id} saknar namn.`);
		else if (roomNames.has(name)) problems.push(`Två salar heter ${name}.`);
		roomNames.add(name);
	}
	if (input.jointRoomId !== undefined && !roomsById.has(input.jointRoomId)) {
		problems.push(`Den gemensamma salen (${input.jointRoomId}) finns inte.`);
	}

	const sessionUrl =
		input.sessionUrl ??
		((session: Session) => {
			const url = new URL(input.programmeUrl);
			url.hash = `pass-${session.guid.toLowerCase()}`;
			return url.href;
		});
	const urls = new Map<Session, string>();

	const ids = new Set<number>();
	const guids = new Set<string>();
	const timed: Array<{ session: Session; start: DateTime; end: DateTime }> = [];
	for (const session of input.sessions) {
		const label = `Passet ”${session.title}”`;
		if (!Number.isSafeInteger(session.id) || session.id < 1) {
			problems.push(`${label} har ett ogiltigt id.`);
		} else if (ids.has(session.id)) {
			problems.push(`${label} har samma id (${session.id}) som ett annat pass.`);
		}
		ids.add(session.id);
		const guid = session.guid.toLowerCase();
		if (!UUID.test(guid)) problems.push(`${label} har ett ogiltigt GUID.`);
		else if (guids.has(guid)) problems.push(`${label} har samma GUID som ett annat pass.`);
		guids.add(guid);
		if (session.roomId !== null && !roomsById.has(session.roomId)) {
			problems.push(`${label} ligger i en sal som inte finns.`);
		}
		if (session.trackId !== null && !tracksById.has(session.trackId)) {
			problems.push(`${label} hör till ett spår som inte finns.`);
		}
		if (session.speakers.some((speaker) => !Number.isSafeInteger(speaker.id))) {
			problems.push(`${label} har en talare med ogiltigt id.`);
		}
		if (baseUrl !== null) {
			const url = httpUrl(sessionUrl(session));
			if (url === null) problems.push(`${label} har ingen giltig http(s)-adress.`);
			else urls.set(session, url);
		}
		const start = parseLocalDateTime(session.startsAt, zone);
		const end = parseLocalDateTime(session.endsAt, zone);
		const minutes = start !== null && end !== null ? end.diff(start, 'minutes').minutes : 0;
		if (start === null || end === null || minutes <= 0 || minutes >= MAX_DURATION_MINUTES) {
			problems.push(`${label} har ogiltig start- eller sluttid.`);
			continue;
		}
		timed.push({ session, start, end });
	}
	if (problems.length > 0 || baseUrl === null || conferenceUrl === null) {
		throw new ScheduleExportError(problems);
	}

	const rooms = orderRooms(input.rooms, input.jointRoomId);
	const jointRoomName = rooms[0]?.name.trim() ?? (conference.venue.trim() || CSV_JOINT_ROOM_LABEL);
	const roomOrder = rooms.map((room) => room.name.trim());
	if (rooms.length === 0) roomOrder.push(jointRoomName);

	const acronym = toAcronym(conference);

	// Days: every conference date plus any date a session starts on, so no session is dropped.
	const windows = new Map(conferenceDays(conference, input.days).map((day) => [day.date, day]));
	for (const day of input.days) windows.set(day.date, day);
	for (const { start } of timed) {
		const date = start.toFormat('yyyy-MM-dd');
		if (!windows.has(date)) windows.set(date, { date, start: '08:00', end: '18:00' });
	}
	const dates = [...windows.keys()].sort();

	timed.sort(
		(a, b) =>
			a.start.toMillis() - b.start.toMillis() ||
			a.end.toMillis() - b.end.toMillis() ||
			a.session.id - b.session.id
	);

	const days: ModelDay[] = dates.map((date, index) => {
		const window = windows.get(date) ?? { date, start: '08:00', end: '18:00' };
		const ofDay = timed.filter(({ start }) => start.toFormat('yyyy-MM-dd') === date);
		let dayStart: DateTime = DateTime.fromISO(`${date}T${window.start}`, {
			zone
		});
		let dayEnd: DateTime = DateTime.fromISO(`${date}T${window.end}`, { zone });
		for (const { start, end } of ofDay) {
			if (start < dayStart) dayStart = start;
			if (end > dayEnd) dayEnd = end;
		}
		const eventsByRoom = new Map<string, ModelEvent[]>(roomOrder.map((name) => [name, []]));
		for (const { session, start, end } of ofDay) {
			const roomName =
				session.roomId === null
					? jointRoomName
					: (roomsById.get(session.roomId)?.name.trim() ?? jointRoomName);
			const track = session.trackId === null ? undefined : tracksById.get(session.trackId);
			eventsByRoom.get(roomName)?.push({
				guid: session.guid.toLowerCase(),
				id: session.id,
				date: offsetDateTime(start),
				start: start.toFormat('HH:mm'),
				end: offsetDateTime(end),
				duration: hoursMinutes(end.diff(start, 'minutes').minutes),
				room: roomName,
				slug: `${acronym}-${session.id}-${titleSlug(session.title)}`,
				url: urls.get(session) ?? baseUrl,
				title: session.title,
				track: track?.name ?? null,
				type: SESSION_KIND_LABELS[session.kind],
				language: session.language,
				abstract: session.abstract,
				persons: session.speakers.map(toPerson)
			});
		}
		return {
			index: index + 1,
			date,
			start: offsetDateTime(dayStart),
			end: offsetDateTime(dayEnd),
			rooms: [...eventsByRoom].map(([name, events]) => ({ name, events }))
		};
	});

	const tracks = [...input.tracks]
		.sort((a, b) => a.order - b.order || a.id - b.id)
		.map((track) => {
			const colour = HEX_COLOUR.test(track.colour) ? track.colour.toLowerCase() : undefined;
			return {
				name: track.name,
				slug: trackSlug(track),
				...(colour === undefined ? {} : { color: colour })
			};
		});

	const model: ScheduleModel = {
		version: '',
		acronym,
		title: conference.title,
		start: [conference.startsOn, dates[0] ?? conference.startsOn].sort()[0] ?? conference.startsOn,
		end: [conference.endsOn, dates.at(-1) ?? conference.endsOn].sort().at(-1) ?? conference.endsOn,
		timeslotDuration: hoursMinutes(timeslotMinutes(timed)),
		timeZone: zone,
		baseUrl,
		url: conferenceUrl,
		tracks,
		days
	};
	model.version = input.version ?? contentHash(JSON.stringify(model));
	return model;
}

// ---------------------------------------------------------------------------------------------
// frab schedule.xml

/**
 * The programme as frab/Pentabarf schedule.xml, valid against the c3voc XSD
 * (https://c3voc.de/schedule/schema.xsd). Throws ScheduleExportError for a programme that
 * cannot be valid (e.g. duplicate GUIDs, a session that ends before it starts).
 */
export function toFrabXml(input: ScheduleExportInput): string {
	const model = buildModel(input);
	const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<schedule>'];
	lines.push(`  <generator name="${attr(SCHEDULE_GENERATOR_NAME)}"/>`);
	lines.push(`  ${element('version', model.version)}`);
	lines.push('  <conference>');
	lines.push(`    ${element('acronym', model.acronym)}`);
	lines.push(`    ${element('title', model.title)}`);
	lines.push(`    ${element('start', model.start)}`);
	lines.push(`    ${element('end', model.end)}`);
	lines.push(`    ${element('days', String(model.days.length))}`);
	lines.push(`    ${element('timeslot_duration', model.timeslotDuration)}`);
	lines.push(`    ${element('base_url', model.baseUrl)}`);
	lines.push(`    ${element('url', model.url)}`);
	lines.push(`    ${element('time_zone_name', model.timeZone)}`);
	for (const track of model.tracks) {
		const colour = track.color === undefined ? '' : ` color="${attr(track.color)}"`;
		lines.push(
			`    <track name="${attr(track.name)}"${colour} slug="${attr(track.slug)}">${text(track.name)}</track>`
		);
	}
	lines.push('  </conference>');
	for (const day of model.days) {
		lines.push(`  <day index="${day.index}" date="${day.date}" start="${day.start}" end="${day.end}">`);
		for (const room of day.rooms) {
			if (room.events.length === 0) {
				lines.push(`    <room name="${attr(room.name)}"/>`);
				continue;
			}
			lines.push(`    <room name="${attr(room.name)}">`);
			for (const event of room.events) lines.push(...xmlEvent(event));
			lines.push('    </room>');
		}
		lines.push('  </day>');
	}
	lines.push('</schedule>');
	return lines.join('\n') + '\n';
}

function xmlEvent(event: ModelEvent): string[] {
	const indent = '        ';
	const lines = [`      <event guid="${event.guid}" id="${event.id}">`];
	const field = (name: string, value: string) => lines.push(indent + element(name, value));
	field('date', event.date);
	field('start', event.start);
	field('duration', event.duration);
	field('room', event.room);
	field('slug', event.slug);
	field('url', event.url);
	field('title', event.title);
	field('subtitle', '');
	field('track', event.track ?? '');
	field('type', event.type);
	field('language', event.language);
	field('abstract', event.abstract);
	field('description', '');
	if (event.persons.length === 0) {
		lines.push(`${indent}<persons/>`);
	} else {
		lines.push(`${indent}<persons>`);
		for (const person of event.persons) {
			lines.push(`${indent}  <person id="${person.id}">${text(person.name)}</person>`);
		}
		lines.push(`${indent}</persons>`);
	}
	lines.push(`${indent}<links/>`, `${indent}<attachments/>`, '      </event>');
	return lines;
}

// ---------------------------------------------------------------------------------------------
// c3voc schedule.json

/**
 * The programme as c3voc schedule.json v1 (https://c3voc.de/schedule/schema.json). Returns the
 * object; `JSON.stringify` it for the response. Throws ScheduleExportError like toFrabXml.
 */
export function toC3vocJson(input: ScheduleExportInput): C3vocSchedule {
	const model = buildModel(input);
	return {
		$schema: 'https://c3voc.de/schedule/schema.json',
		generator: { name: SCHEDULE_GENERATOR_NAME },
		schedule: {
			version: model.version,
			base_url: model.baseUrl,
			conference: {
				acronym: model.acronym,
				title: model.title,
				start: model.start,
				end: model.end,
				daysCount: model.days.length,
				timeslot_duration: model.timeslotDuration,
				time_zone_name: model.timeZone,
				url: model.url,
				tracks: model.tracks.map((track) => ({ ...track })),
				days: model.days.map((day) => ({
					index: day.index,
					date: day.date,
					day_start: day.start,
					day_end: day.end,
					rooms: Object.fromEntries(day.rooms.map((room) => [room.name, room.events.map(jsonEvent)]))
				}))
			}
		}
	};
}

function jsonEvent(event: ModelEvent): C3vocEvent {
	return {
		guid: event.guid,
		id: event.id,
		date: event.date,
		start: event.start,
		end: event.end,
		duration: event.duration,
		room: event.room,
		slug: event.slug,
		url: event.url,
		title: event.title,
		subtitle: '',
		track: event.track,
		type: event.type,
		language: event.language,
		abstract: event.abstract,
		description: '',
		persons: event.persons.map((person) => ({ ...person })),
		links: [],
		attachments: []
	};
}

// ---------------------------------------------------------------------------------------------
// Organisers' CSV

/**
 * The programme as CSV for Swedish Excel: UTF-8 with BOM (so Excel reads å, ä, ö), semicolon
 * separated (Excel in Swedish uses the comma as decimal separator), RFC 4180 quoting and CRLF.
 * Rows in programme order. Kapacitet is the number of seats actually available: the smaller of
 * the session's own limit and the room's.
 *
 * Cells that Excel would read as a formula (starting with = + - @) are prefixed with an
 * apostrophe: titles and speaker names are typed by people, and a cell such as
 * `=HYPERLINK(…)` must stay text on an organiser's computer.
 */
export function toProgrammeCsv(input: Pick<ScheduleExportInput, 'rooms' | 'tracks' | 'sessions'>): string {
	const roomsById = new Map(input.rooms.map((room) => [room.id, room]));
	const tracksById = new Map(input.tracks.map((track) => [track.id, track]));
	const roomRank = new Map(orderRooms(input.rooms, undefined).map((room, index) => [room.id, index + 1]));
	const sessions = [...input.sessions].sort(
		(a, b) =>
			compareText(a.startsAt, b.startsAt) ||
			(a.roomId === null ? 0 : (roomRank.get(a.roomId) ?? 0)) -
				(b.roomId === null ? 0 : (roomRank.get(b.roomId) ?? 0)) ||
			compareText(a.endsAt, b.endsAt) ||
			a.id - b.id
	);
	const rows: string[][] = [[...CSV_HEADERS]];
	for (const session of sessions) {
		const room = session.roomId === null ? undefined : roomsById.get(session.roomId);
		const track = session.trackId === null ? undefined : tracksById.get(session.trackId);
		const ends =
			localDate(session.endsAt) === localDate(session.startsAt)
				? localTime(session.endsAt)
				: `${localDate(session.endsAt)} ${localTime(session.endsAt)}`;
		const seats = [session.capacity, room?.capacity ?? null].filter((value) => value !== null);
		rows.push([
			localDate(session.startsAt),
			localTime(session.startsAt),
			ends,
			session.roomId === null ? CSV_JOINT_ROOM_LABEL : (room?.name ?? ''),
			track?.name ?? '',
			SESSION_KIND_LABELS[session.kind],
			session.title,
			session.speakers.map(speakerLine).join(', '),
			seats.length === 0 ? '' : String(Math.min(...seats))
		]);
	}
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(';') + '\r\n').join('');
}

function csvCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function speakerLine(speaker: Speaker): string {
	return speaker.organisation ? `${speaker.name} (${speaker.organisation})` : speaker.name;
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Joint room first, then by seats (most first, unknown last), then by id. */
function orderRooms(rooms: readonly Room[], jointRoomId: number | undefined): Room[] {
	const bySeats = [...rooms].sort((a, b) => (b.capacity ?? -1) - (a.capacity ?? -1) || a.id - b.id);
	const joint = bySeats.find((room) => room.id === jointRoomId);
	return joint === undefined ? bySeats : [joint, ...bySeats.filter((room) => room !== joint)];
}

function toPerson(speaker: Speaker): C3vocPerson {
	const biography = [speaker.title, speaker.organisation]
		.filter((part) => part !== undefined && part.trim() !== '')
		.join(', ');
	return {
		id: speaker.id,
		name: speaker.name,
		...(biography === '' ? {} : { biography })
	};
}

/** A normalised absolute http(s) URL, or null. */
function httpUrl(value: string): string | null {
	if (!URL.canParse(value)) return null;
	const url = new URL(value);
	return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** ASCII slug: å→a, ä→a, ö→o, é→e; anything else becomes a hyphen. */
function slugify(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * Both formats restrict the acronym (XSD `[a-z0-9_-]{4,}`, JSON
 * `^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$`) and event slugs begin with it followed by a
 * hyphen, so the acronym is the conference slug with hyphens as underscores, at least 4 long.
 */
function toAcronym(conference: Conference): string {
	const base = slugify(conference.slug).replaceAll('-', '_');
	if (base.length >= 4) return base;
	const year = conference.startsOn.slice(0, 4);
	return base === '' ? `konferens_${year}` : `${base}_${year}`;
}

/** The title part of an event slug: at least 2 characters, at most 60, ends in a letter or digit. */
function titleSlug(title: string): string {
	const slug = slugify(title).slice(0, 60).replace(/-+$/, '');
	return slug.length >= 2 ? slug : 'pass';
}

/** Track slugs must start with a letter (XSD `[a-z][a-z0-9-]+`). */
function trackSlug(track: Track): string {
	const slug = slugify(track.name);
	if (slug === '') return `spar-${track.id}`;
	return /^[a-z][a-z0-9-]+$/.test(slug) ? slug : `spar-${slug}`;
}

function offsetDateTime(value: DateTime): string {
	return value.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}

function hoursMinutes(totalMinutes: number): string {
	const minutes = Math.round(totalMinutes);
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The grid the programme is laid out on: the greatest common divisor of start minutes and
 * durations (a programme on quarter hours gives 00:15), at most an hour; 15 minutes if empty.
 */
function timeslotMinutes(timed: ReadonlyArray<{ start: DateTime; end: DateTime }>): number {
	let divisor = 0;
	for (const { start, end } of timed) {
		divisor = gcd(divisor, start.hour * 60 + start.minute);
		divisor = gcd(divisor, Math.round(end.diff(start, 'minutes').minutes));
	}
	return divisor === 0 ? 15 : Math.min(divisor, 60);
}

function gcd(a: number, b: number): number {
	return b === 0 ? a : gcd(b, a % b);
}

/** FNV-1a, 32 bit, as 8 hex digits: a short, stable fingerprint of the schedule's content. */
function contentHash(value: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < value.length; i++) {
		hash ^= value.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE/U+FFFF, lone surrogates)
 * are dropped rather than producing a document no parser accepts.
 */
function xmlSafe(value: string): string {
	return value.replace(
		// eslint-disable-next-line no-control-regex -- matching the control characters is the point
		/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
		''
	);
}

function text(value: string): string {
	return xmlSafe(value)
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('\r', '&#13;');
}

function attr(value: string): string {
	return text(value)
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;')
		.replaceAll('\n', '&#10;')
		.replaceAll('\t', '&#9;');
}

function element(name: string, value: string): string {
	return value === '' ? `<${name}/>` : `<${name}>${text(value)}</${name}>`;
}
