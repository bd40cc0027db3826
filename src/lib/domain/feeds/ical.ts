/**
 * iCalendar (RFC 5545) builders: calendar subscription feeds and e-mailed
 * invitations (iTIP, RFC 5546), built on ical-generator.
 *
 * Decisions worth knowing:
 * - Timed events are written in Stockholm local time with a TZID
 *   (`DTSTART;TZID=Europe/Stockholm:20261124T093000`) and one VTIMEZONE from
 *   @touch4it/ical-timezones (its TZID is checked: Europe/Stockholm, not
 *   Europe/Berlin). Instants are handed to ical-generator as Luxon DateTimes in
 *   that zone; a plain `Date` would be formatted in the server's own clock.
 * - Instants in the hour that is repeated when the clocks go back (last Sunday
 *   in October, 02:00–02:59 twice) are written in UTC instead: clients read
 *   such an ambiguous local time differently.
 * - DTSTAMP, CREATED and LAST-MODIFIED are UTC (`…Z`): the calendar has no
 *   calendar-wide zone (a named one would make ical-generator drop the `Z`).
 * - All-day events use DATE values computed from the Stockholm calendar date;
 *   DTEND is exclusive (the day after the last day).
 * - Cancelled events stay in the output with STATUS:CANCELLED, TRANSP:TRANSPARENT
 *   and the summary prefixed "INSTÄLLT: " (clients that ignore STATUS still
 *   show it).
 * - The online meeting link goes in DESCRIPTION and in an RFC 7986 CONFERENCE
 *   property. ical-generator only allows `X-` custom properties (and escapes
 *   their values as TEXT), so CONFERENCE is written as a raw line: a marker
 *   `X-` property is swapped for it in render(). The event URL is written the
 *   same way (ical-generator would escape "," and ";" in it, wrong for a URI).
 * - render() assembles and folds the output itself (see there): calendar
 *   properties first, then VTIMEZONE, then events; CRLF; 75-octet folds that
 *   never split a UTF-8 character.
 * - Output is deterministic: the same input gives byte-identical output; the
 *   only clock is the injected `now` (DTSTAMP).
 */
import ical, {
	escape as icalEscape,
	ICalEvent,
	ICalAttendeeRole,
	ICalAttendeeStatus,
	ICalAttendeeType,
	ICalCalendarMethod,
	ICalEventStatus,
	ICalEventTransparency,
	type ICalAttendeeData,
	type ICalCalendar,
	type ICalEventData
} from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import { formatStockholm, isAmbiguousInStockholm, STOCKHOLM_ZONE } from '../platform/stockholm-time.ts';

export type CalendarEventStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export interface CalendarEvent {
	/** Stable across updates, e.g. 'meeting-123@samverka'. */
	uid: string;
	/** RFC 5545 SEQUENCE: raise it on every significant change (time, place, cancellation). */
	sequence: number;
	/** Instants. */
	start: Date;
	end: Date;
	/** Full-day meeting: written as DATE values of the Stockholm calendar date(s). */
	allDay: boolean;
	/** E.g. 'GR Digit: Möte nr 72'. Cancelled events get "INSTÄLLT: " in front. */
	summary: string;
	status: CalendarEventStatus;
	/** When the event was cancelled; used by {@link feedWindowFilter} (falls back to lastModified). */
	cancelledAt?: Date;
	/** Venue address, or "Digitalt (Teams)". */
	location: string | null;
	/** Page of the meeting in Samverka. */
	url: string | null;
	/** Teams/Zoom/… link; written in DESCRIPTION and as a CONFERENCE property. */
	onlineUrl: string | null;
	/** Plain text, e.g. from {@link agendaDescription}. */
	description: string;
	/** E.g. 'Digitalt', 'Fysiskt', a track name. */
	categories: string[];
	lastModified: Date;
	created?: Date;
}

export interface CalendarFeedInput {
	name: string;
	description?: string;
	/** Public address of the feed (calendar-level URL property). */
	url?: string;
	/** How often clients should refetch; default 60 (→ PT1H). */
	refreshMinutes?: number;
	events: readonly CalendarEvent[];
	now: Date;
}

export interface CalendarPerson {
	name: string;
	email: string;
}

export interface InvitationInput {
	method: 'REQUEST' | 'CANCEL';
	organizer: CalendarPerson;
	attendees: readonly CalendarPerson[];
	event: CalendarEvent;
	now: Date;
}

export interface AgendaItemForDescription {
	/** 1, 2, 3 … in agenda order; null (or 0) for a break, which is not numbered. */
	number: number | null;
	/** 'I', 'D', 'A', 'B' or a word such as 'information', 'diskussion', 'beslut', 'paus'. */
	type: string;
	title: string;
	startsAt: Date | null;
	responsible: string[];
}

export const CANCELLED_SUMMARY_PREFIX = 'INSTÄLLT: ';
/** Cancelled events stay in feeds this long after `cancelledAt`. */
export const CANCELLED_FEED_RETENTION_DAYS = 60;

const PROD_ID = {
	company: 'Samverka',
	product: 'Samverka',
	language: 'SV'
} as const;
const RAW_MARKER = 'X-SAMVERKA-RAW-PROPERTY';
const DAY_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------
// Public helpers

/**
 * Keeps every event except cancelled ones cancelled more than 60 days before
 * `now` (the moment of cancellation is `cancelledAt`, else `lastModified`).
 * Subscribers thus see a cancellation for two months, then it disappears.
 * {@link buildCalendarFeed} applies it too.
 */
export function feedWindowFilter<T extends Pick<CalendarEvent, 'status' | 'cancelledAt' | 'lastModified'>>(
	events: readonly T[],
	now: Date
): T[] {
	const cutoff = validDate(now, 'now').getTime() - CANCELLED_FEED_RETENTION_DAYS * DAY_MS;
	return events.filter((event) => {
		if (event.status !== 'CANCELLED') return true;
		const cancelledAt = event.cancelledAt ?? event.lastModified;
		return validDate(cancelledAt, 'cancelledAt').getTime() >= cutoff;
	});
}

/**
 * Plain-text agenda for DESCRIPTION and e-mails, in Swedish:
 *
 *     Dagordning
 *     1. Laget runt [I] – ca 09.30 (Anna Andersson)
 *     Paus – ca 10.30
 *     2. AI-arenan [D] – ca 10.45
 *
 *     Anslut via Teams: https://…
 *     Mer information: https://…
 *
 * Items are listed in the order given, which is the agenda's order (by position); times are
 * Stockholm time. The lines are {@link agendaLines}, as in the kallelse e-mail.
 */
export function agendaDescription(
	items: readonly AgendaItemForDescription[],
	extra?: { onlineUrl?: string | null; url?: string | null }
): string {
	const blocks: string[] = [];
	if (items.length > 0) blocks.push(['Dagordning', ...agendaLines(items)].join('\n'));
	const links: string[] = [];
	if (extra?.onlineUrl) links.push(onlineLine(extra.onlineUrl));
	if (extra?.url) links.push(`Mer information: ${extra.url.trim()}`);
	if (links.length > 0) blocks.push(links.join('\n'));
	return blocks.join('\n\n');
}

/**
 * One line per agenda item, in the order given (the agenda's order, by position; never sorted by
 * number, which would put unnumbered breaks first): "1. Laget runt [I] – ca 09.30 (Anna
 * Andersson)", and for a break, which has no number, "Paus – ca 10.30". Shared by the calendar
 * DESCRIPTION ({@link agendaDescription}) and the kallelse e-mail, so both read the same.
 */
export function agendaLines(items: readonly AgendaItemForDescription[]): string[] {
	return items.map((item) => {
		const tag = agendaTypeTag(item.type);
		const numbered = item.number !== null && item.number > 0;
		let line = `${numbered ? `${item.number}. ` : ''}${oneLine(item.title)}`;
		if (tag) line += ` [${tag}]`;
		if (item.startsAt) line += ` – ca ${formatStockholm(item.startsAt, 'time')}`;
		const responsible = item.responsible.map(oneLine).filter((r) => r !== '');
		if (responsible.length > 0) line += ` (${responsible.join(', ')})`;
		return line;
	});
}

/**
 * A calendar subscription feed (METHOD:PUBLISH) for Outlook, Google and
 * Apple Calendar. Events are filtered with {@link feedWindowFilter} and sorted
 * by start, then UID.
 */
export function buildCalendarFeed(feed: CalendarFeedInput): string {
	const now = validDate(feed.now, 'now');
	const refreshMinutes = feed.refreshMinutes ?? 60;
	if (!Number.isInteger(refreshMinutes) || refreshMinutes <= 0) {
		throw new Error('refreshMinutes must be a positive integer');
	}

	const calendar = newCalendar(ICalCalendarMethod.PUBLISH);
	calendar.name(icalEscape(singleLine(feed.name, 'name'), false));
	if (feed.description) calendar.description(icalEscape(singleLine(feed.description, 'description'), false));
	if (feed.url) calendar.url(checkUrl(feed.url, 'url'));
	calendar.ttl(refreshMinutes * 60);

	const events = feedWindowFilter(feed.events, now).sort(
		(a, b) => a.start.getTime() - b.start.getTime() || compareStrings(a.uid, b.uid)
	);
	const seen = new Set<string>();
	const raw = new RawProperties();
	const rendered: ICalEvent[] = [];
	for (const event of events) {
		if (seen.has(event.uid)) throw new Error(`Duplicate UID in feed: ${event.uid}`);
		seen.add(event.uid);
		rendered.push(new ICalEvent(eventData(event, now, raw), calendar));
	}
	return render(calendar, rendered, raw);
}

/**
 * An iTIP message to attach to an e-mail (Content-Type: text/calendar;
 * method=REQUEST|CANCEL; charset=UTF-8):
 * - REQUEST: an invitation; ORGANIZER plus one ATTENDEE per person with
 *   ROLE=REQ-PARTICIPANT, PARTSTAT=NEEDS-ACTION, RSVP=TRUE. Send it again with
 *   a higher SEQUENCE to update the event.
 * - CANCEL: the same UID with the sequence passed in (raise it first),
 *   STATUS:CANCELLED and the summary prefixed "INSTÄLLT: ".
 * Attendees are de-duplicated by e-mail address (case-insensitive).
 */
export function buildInvitation(input: InvitationInput): string {
	const now = validDate(input.now, 'now');
	const { method } = input;
	if (method !== 'REQUEST' && method !== 'CANCEL') throw new Error(`Unsupported method: ${String(method)}`);
	if (method === 'REQUEST' && input.event.status === 'CANCELLED') {
		throw new Error('A REQUEST cannot carry a cancelled event; use method CANCEL');
	}

	const attendees: ICalAttendeeData[] = [];
	const emails = new Set<string>();
	for (const person of input.attendees) {
		const email = checkEmail(person.email);
		if (emails.has(email.toLowerCase())) continue;
		emails.add(email.toLowerCase());
		attendees.push({
			name: paramText(person.name) || email,
			email,
			role: ICalAttendeeRole.REQ,
			type: ICalAttendeeType.INDIVIDUAL,
			...(method === 'REQUEST' ? { status: ICalAttendeeStatus.NEEDSACTION, rsvp: true } : {})
		});
	}
	if (attendees.length === 0) throw new Error('An invitation needs at least one attendee');

	const event: CalendarEvent = method === 'CANCEL' ? { ...input.event, status: 'CANCELLED' } : input.event;
	const calendar = newCalendar(method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL);
	const raw = new RawProperties();
	const organizerEmail = checkEmail(input.organizer.email);
	const icalEvent = new ICalEvent(
		{
			...eventData(event, now, raw),
			organizer: {
				name: paramText(input.organizer.name) || organizerEmail,
				email: organizerEmail
			},
			attendees
		},
		calendar
	);
	return render(calendar, [icalEvent], raw);
}

// ---------------------------------------------------------------------------
// Internals

/** Lines that ical-generator cannot write (non-X properties), injected after rendering. */
class RawProperties {
	readonly lines: string[] = [];

	/** Returns the [key, value] of the marker property to put into the event's `x`. */
	add(line: string): [string, string] {
		if (/[\r\n]/.test(line)) throw new Error('A raw iCalendar line cannot contain line breaks');
		this.lines.push(line);
		return [RAW_MARKER, String(this.lines.length - 1)];
	}
}

function newCalendar(method: ICalCalendarMethod): ICalCalendar {
	// No calendar-wide time zone: DTSTAMP/CREATED/LAST-MODIFIED stay UTC with
	// their `Z` (a named calendar zone would drop it). Events carry their own
	// TZID and render() adds the VTIMEZONE.
	return ical({ prodId: PROD_ID, method, scale: 'GREGORIAN' });
}

/** VTIMEZONE from @touch4it/ical-timezones, refusing anything whose TZID is not the zone asked for. */
function vtimezoneLines(zone: string): string[] {
	const component = getVtimezoneComponent(zone);
	if (!component) throw new Error(`No VTIMEZONE available for ${zone}`);
	const lines = component.trim().split(/\r?\n/);
	const tzids = lines.filter((line) => line.startsWith('TZID:'));
	if (lines[0] !== 'BEGIN:VTIMEZONE' || tzids.length !== 1 || tzids[0] !== `TZID:${zone}`) {
		throw new Error(`VTIMEZONE for ${zone} has ${tzids.join(', ') || 'no TZID'}`);
	}
	return lines;
}

/**
 * Assembles the calendar: properties (from ical-generator, rendered without
 * events), then the VTIMEZONE, then the events (ICalEvent.toString(), not yet
 * folded), with raw-line markers replaced, folded once at the end.
 *
 * Not done through calendar.toString() with events added, because that
 * (a) puts REFRESH-INTERVAL/X-PUBLISHED-TTL after the VTIMEZONE, while RFC 5545
 * wants all calendar properties before the components, and (b) folds with a
 * new TextEncoder per character, which made a 300-event feed take ~0.5 s.
 */
function render(calendar: ICalCalendar, events: readonly ICalEvent[], raw: RawProperties): string {
	const head = unfoldLines(calendar.toString());
	if (head.pop() !== 'END:VCALENDAR') {
		throw new Error('Unexpected calendar output from ical-generator');
	}
	const lines = [...head];
	if (events.some((event) => event.timezone() === STOCKHOLM_ZONE)) {
		lines.push(...vtimezoneLines(STOCKHOLM_ZONE));
	}
	const markerLine = new RegExp(`^${RAW_MARKER}:(\\d+)$`);
	for (const event of events) {
		for (const line of unfoldLines(event.toString())) {
			const match = markerLine.exec(line);
			if (!match) {
				lines.push(line);
				continue;
			}
			const rawLine = raw.lines[Number(match[1])];
			if (rawLine === undefined) {
				throw new Error('Unknown raw iCalendar line marker');
			}
			lines.push(rawLine);
		}
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Content lines of ical-generator output (folds are CRLF + one space), without the empty last one. */
function unfoldLines(text: string): string[] {
	const lines = text.replace(/\r\n /g, '').split('\r\n');
	if (lines.at(-1) === '') lines.pop();
	return lines;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): a fold never splits a
 * UTF-8 sequence or a surrogate pair; continuation lines start with a space
 * and hold at most 74 octets of content.
 */
function foldLine(line: string): string {
	// A UTF-16 code unit is at most 3 octets: 25 units always fit in 75.
	if (line.length <= 25) return line;
	let out = '';
	let octets = 0;
	for (const ch of line) {
		const cp = ch.codePointAt(0) ?? 0;
		const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
		if (octets + size > 75) {
			out += '\r\n ';
			octets = 1;
		}
		out += ch;
		octets += size;
	}
	return out;
}

function eventData(event: CalendarEvent, now: Date, raw: RawProperties): ICalEventData {
	const uid = singleLine(event.uid, 'uid');
	if (!Number.isInteger(event.sequence) || event.sequence < 0) {
		throw new Error(`sequence must be a non-negative integer (uid ${uid})`);
	}
	const start = validDate(event.start, 'start');
	const end = validDate(event.end, 'end');
	if (end.getTime() < start.getTime()) throw new Error(`end is before start (uid ${uid})`);

	const cancelled = event.status === 'CANCELLED';
	const summary = oneLine(event.summary);
	const url = event.url ? checkUrl(event.url, 'url') : null;
	const onlineUrl = event.onlineUrl ? checkUrl(event.onlineUrl, 'onlineUrl') : null;

	let description = event.description.replace(/\r\n?/g, '\n').trim();
	if (onlineUrl && !description.includes(onlineUrl)) {
		description = [description, onlineLine(onlineUrl)].filter((s) => s !== '').join('\n\n');
	}

	const categories = [...new Set(event.categories.map(oneLine).filter((c) => c !== ''))];
	const x: [string, string][] = [];
	// ical-generator escapes "," and ";" in URL as if it were TEXT; a URI is
	// written verbatim, so URL goes in as a raw line too.
	if (url) x.push(raw.add(`URL;VALUE=URI:${url}`));
	if (onlineUrl) {
		x.push(
			raw.add(
				`CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=${paramValue(conferenceLabel(onlineUrl))}:${onlineUrl}`
			)
		);
	}

	// A local time in the hour that is repeated when the clocks go back is
	// ambiguous, and clients resolve it differently (RFC 5545: the first
	// occurrence; ical.js: the second). Write such rare events in UTC.
	const inUtc = !event.allDay && (isAmbiguousInStockholm(start) || isAmbiguousInStockholm(end));
	const zone = inUtc ? 'UTC' : STOCKHOLM_ZONE;

	const data: ICalEventData = {
		id: uid,
		sequence: event.sequence,
		stamp: now,
		timezone: inUtc ? null : STOCKHOLM_ZONE,
		allDay: event.allDay,
		start: event.allDay ? stockholmDay(start) : DateTime.fromMillis(start.getTime(), { zone }),
		end: event.allDay ? allDayExclusiveEnd(start, end) : DateTime.fromMillis(end.getTime(), { zone }),
		summary:
			cancelled && !summary.startsWith(CANCELLED_SUMMARY_PREFIX)
				? CANCELLED_SUMMARY_PREFIX + summary
				: summary,
		status: statusOf(event.status),
		transparency: cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
		location: event.location && oneLine(event.location) !== '' ? oneLine(event.location) : null,
		url: null,
		description: description === '' ? null : description,
		categories: categories.map((name) => ({ name })),
		lastModified: validDate(event.lastModified, 'lastModified'),
		x
	};
	if (event.created) data.created = validDate(event.created, 'created');
	return data;
}

function statusOf(status: CalendarEventStatus): ICalEventStatus {
	switch (status) {
		case 'CONFIRMED':
			return ICalEventStatus.CONFIRMED;
		case 'TENTATIVE':
			return ICalEventStatus.TENTATIVE;
		case 'CANCELLED':
			return ICalEventStatus.CANCELLED;
		default:
			throw new Error(`Unknown status: ${String(status)}`);
	}
}

function inStockholm(instant: Date): DateTime {
	return DateTime.fromMillis(instant.getTime(), { zone: STOCKHOLM_ZONE });
}

/** Midnight of the Stockholm calendar date of `instant`. */
function stockholmDay(instant: Date): DateTime {
	return inStockholm(instant).startOf('day');
}

/**
 * Exclusive DTEND of an all-day event: the Stockholm day after the day of
 * `end`; if `end` is exactly a Stockholm midnight (already exclusive), that day.
 * Always at least one day after the start.
 */
function allDayExclusiveEnd(start: Date, end: Date): DateTime {
	const startDay = stockholmDay(start);
	const endLocal = inStockholm(end);
	const endDay = endLocal.startOf('day');
	const exclusive = endLocal.equals(endDay) && endDay > startDay ? endDay : endDay.plus({ days: 1 });
	return exclusive > startDay ? exclusive : startDay.plus({ days: 1 });
}

/** Swedish text line with the online meeting link. */
function onlineLine(onlineUrl: string): string {
	const url = onlineUrl.trim();
	return `Anslut via ${conferenceLabelOrNull(url) ?? 'länk'}: ${url}`;
}

function conferenceLabel(url: string): string {
	return conferenceLabelOrNull(url) ?? 'Videomöte';
}

function conferenceLabelOrNull(url: string): string | null {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return null;
	}
	const is = (domain: string) => host === domain || host.endsWith('.' + domain);
	if (is('teams.microsoft.com') || is('teams.live.com')) return 'Teams';
	if (is('zoom.us')) return 'Zoom';
	if (is('meet.google.com')) return 'Google Meet';
	if (is('skype.com')) return 'Skype';
	if (is('webex.com')) return 'Webex';
	return null;
}

/** Short codes for agenda item types; unknown types are shown as given. */
function agendaTypeTag(type: string): string | null {
	const t = oneLine(type);
	switch (t.toLowerCase()) {
		case '':
		case 'paus':
		case 'break':
			return null;
		case 'i':
		case 'info':
		case 'information':
			return 'I';
		case 'd':
		case 'diskussion':
		case 'discussion':
			return 'D';
		case 'a':
		case 'arbetsmoment':
		case 'work':
		case 'work_item':
		case 'workitem':
			return 'A';
		case 'b':
		case 'beslut':
		case 'decision':
			return 'B';
		default:
			return t;
	}
}

/** Collapses line breaks and other control characters to single spaces. */
function oneLine(text: string): string {
	return text
		.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();
}

function singleLine(text: string, field: string): string {
	const value = oneLine(text);
	if (value === '') throw new Error(`${field} is empty`);
	return value;
}

/** Text for a quoted parameter value (CN): no control characters, no DQUOTE. */
function paramText(text: string): string {
	return oneLine(text).replace(/"/g, "'");
}

/** A parameter value, quoted when it holds anything beyond letters, digits and '-'. */
function paramValue(text: string): string {
	const value = paramText(text);
	return /^[A-Za-z0-9-]+$/.test(value) ? value : `"${value}"`;
}

function checkEmail(email: string): string {
	const value = email.trim();
	if (!/^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\]]+$/.test(value)) {
		throw new Error(`Invalid e-mail address: ${JSON.stringify(email)}`);
	}
	return value;
}

function checkUrl(url: string, field: string): string {
	const value = url.trim();
	let parsed: URL;
	try {
		parsed = new URL(value);
	} catch {
		throw new Error(`${field} is not a valid URL: ${JSON.stringify(url)}`);
	}
	if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || /[\s\p{Cc}"]/u.test(value)) {
		throw new Error(`${field} is not a valid http(s) URL: ${JSON.stringify(url)}`);
	}
	return value;
}

function validDate(value: Date, field: string): Date {
	if (!(value instanceof Date) || Number.isNaN(value.getTime()))
		throw new Error(`${field} is not a valid Date`);
	return value;
}

function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
