import { afterEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import {
	agendaDescription,
	agendaLines,
	buildCalendarFeed,
	buildInvitation,
	feedWindowFilter,
	type CalendarEvent,
	type InvitationInput
} from './ical.ts';
import { parseStockholmLocal } from '../platform/stockholm-time.ts';

// ---------------------------------------------------------------------------
// Helpers: independent parsing with ical.js plus raw-text checks (ical.js is
// lenient about line endings and folding, so those are checked by hand).

const NOW = new Date('2026-11-15T12:00:00Z');
const TEAMS =
	'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZDk4%40thread.v2/0?context=%7b%22Tid%22%3a%22c7d1%22%2c%22Oid%22%3a%22a1b2%22%7d';

function stockholm(date: string, time: string): Date {
	const result = parseStockholmLocal(date, time);
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

function meeting(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
	return {
		uid: 'meeting-123@samverka',
		sequence: 0,
		start: stockholm('2026-11-24', '09:30'),
		end: stockholm('2026-11-24', '12:00'),
		allDay: false,
		summary: 'GR Digit: Möte nr 72',
		status: 'CONFIRMED',
		location: 'Digitalt (Teams)',
		url: 'https://samverka.example/natverk/gr-digit/moten/123',
		onlineUrl: TEAMS,
		description: agendaDescription(
			[
				{
					number: 1,
					type: 'I',
					title: 'Laget runt',
					startsAt: stockholm('2026-11-24', '09:30'),
					responsible: ['Anna Andersson']
				},
				{
					number: 2,
					type: 'D',
					title: 'Föregående minnesanteckningar',
					startsAt: null,
					responsible: []
				}
			],
			{
				onlineUrl: TEAMS,
				url: 'https://samverka.example/natverk/gr-digit/moten/123'
			}
		),
		categories: ['Digitalt'],
		lastModified: new Date('2026-11-01T10:00:00Z'),
		created: new Date('2026-10-01T08:00:00Z'),
		...overrides
	};
}

function feed(events: CalendarEvent[], extra: { refreshMinutes?: number } = {}): string {
	return buildCalendarFeed({
		name: 'GR:s digitaliseringsnätverk',
		description: 'Möten i GR:s digitaliseringsnätverk',
		url: 'https://samverka.example/kalender/gr-digit.ics',
		events,
		now: NOW,
		...extra
	});
}

function invitation(overrides: Partial<InvitationInput> = {}): string {
	return buildInvitation({
		method: 'REQUEST',
		organizer: { name: 'Tore Samordnare', email: 'tore@goteborgsregionen.se' },
		attendees: [
			{ name: 'Anna Andersson', email: 'anna.andersson@kungalv.se' },
			{ name: 'Örjan Åberg', email: 'orjan.aberg@molndal.se' }
		],
		event: meeting({ sequence: 3 }),
		now: NOW,
		...overrides
	});
}

function parse(text: string): ICAL.Component {
	return new ICAL.Component(ICAL.parse(text));
}

function events(text: string): ICAL.Component[] {
	return parse(text).getAllSubcomponents('vevent');
}

function onlyEvent(text: string): ICAL.Component {
	const all = events(text);
	expect(all).toHaveLength(1);
	return all[0];
}

function text(component: ICAL.Component, name: string): string | null {
	const value = component.getFirstPropertyValue(name);
	return value === null ? null : String(value);
}

/** The Stockholm zone as ical.js understands it from the VTIMEZONE in the output (not from any tz database). */
function zoneFromOutput(ics: string): ICAL.Timezone {
	const vtimezones = parse(ics).getAllSubcomponents('vtimezone');
	expect(vtimezones).toHaveLength(1);
	// One ical.js zone per distinct VTIMEZONE text, so its cache of expanded
	// transitions is reused (expanding 1970–2099 anew each time is slow).
	const key = vtimezones[0].toString();
	let zone = zoneCache.get(key);
	if (!zone) {
		zone = new ICAL.Timezone(vtimezones[0]);
		zoneCache.set(key, zone);
	}
	return zone;
}
const zoneCache = new Map<string, ICAL.Timezone>();

/** The instant ical.js resolves a DTSTART/DTEND to, through the output's own VTIMEZONE. */
function resolve(ics: string, event: ICAL.Component, name: 'dtstart' | 'dtend'): Date {
	const property = event.getFirstProperty(name);
	if (!property) throw new Error(`no ${name}`);
	const time = property.getFirstValue() as ICAL.Time;
	const tzid = property.getParameter('tzid');
	if (tzid !== undefined && tzid !== null) {
		expect(tzid).toBe('Europe/Stockholm');
		time.zone = zoneFromOutput(ics);
	} else {
		expect(time.zone).toBe(ICAL.Timezone.utcTimezone);
	}
	return time.toJSDate();
}

/** Logical (unfolded) content lines. */
function unfold(ics: string): string[] {
	return ics
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.slice(0, -1);
}

/** Asserts CRLF endings, 75-octet folding and that no fold splits a UTF-8 character. */
function expectWellFormed(ics: string): void {
	expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
	expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
	expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	const bytes = Buffer.from(ics, 'utf8');
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let lineStart = 0;
	for (let i = 0; i < bytes.length - 1; i++) {
		if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
			const line = bytes.subarray(lineStart, i);
			expect(line.length).toBeLessThanOrEqual(75);
			// Each physical line must decode on its own: a fold inside a
			// multi-byte character would leave a broken sequence.
			expect(() => decoder.decode(line)).not.toThrow();
			lineStart = i + 2;
		}
	}
	expect(lineStart).toBe(bytes.length);
}

const originalTz = process.env.TZ;
afterEach(() => {
	process.env.TZ = originalTz;
});

// ---------------------------------------------------------------------------

describe('buildCalendarFeed', () => {
	test('is a subscription feed with name, refresh interval and TTL', () => {
		const ics = feed([meeting()]);
		expectWellFormed(ics);
		const lines = unfold(ics);
		expect(lines).toContain('METHOD:PUBLISH');
		expect(lines).toContain('PRODID:-//Samverka//Samverka//SV');
		expect(lines).toContain('X-WR-CALNAME:GR:s digitaliseringsnätverk');
		expect(lines).toContain('X-WR-CALDESC:Möten i GR:s digitaliseringsnätverk');
		expect(lines).toContain('URL:https://samverka.example/kalender/gr-digit.ics');
		expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
		expect(lines).toContain('X-PUBLISHED-TTL:PT1H');

		const calendar = parse(ics);
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('GR:s digitaliseringsnätverk');
		expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
	});

	test('puts every calendar property before the first component (RFC 5545 icalbody order)', () => {
		const lines = unfold(feed([meeting()]));
		const firstComponent = lines.indexOf('BEGIN:VTIMEZONE');
		expect(firstComponent).toBeGreaterThan(0);
		expect(lines.indexOf('BEGIN:VEVENT')).toBeGreaterThan(lines.indexOf('END:VTIMEZONE'));
		for (const property of ['METHOD:', 'X-WR-CALNAME:', 'REFRESH-INTERVAL;', 'X-PUBLISHED-TTL:']) {
			expect(lines.findIndex((l) => l.startsWith(property))).toBeLessThan(firstComponent);
		}
		// Nothing between the last END:VEVENT and END:VCALENDAR.
		expect(lines.slice(-2)).toEqual(['END:VEVENT', 'END:VCALENDAR']);
	});

	test('refreshMinutes sets REFRESH-INTERVAL and X-PUBLISHED-TTL', () => {
		const lines = unfold(feed([meeting()], { refreshMinutes: 30 }));
		expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT30M');
		expect(lines).toContain('X-PUBLISHED-TTL:PT30M');
		expect(() => feed([], { refreshMinutes: 0 })).toThrow();
		expect(() => feed([], { refreshMinutes: 1.5 })).toThrow();
	});

	test('escapes calendar name and description and never lets them add lines', () => {
		const ics = buildCalendarFeed({
			name: 'Råd; möten, 2026\nMETHOD:CANCEL',
			description: 'Rad 1\r\nRad 2',
			events: [],
			now: NOW
		});
		expectWellFormed(ics);
		const lines = unfold(ics);
		expect(lines.filter((l) => l.startsWith('METHOD:'))).toEqual(['METHOD:PUBLISH']);
		expect(lines).toContain('X-WR-CALNAME:Råd\\; möten\\, 2026 METHOD:CANCEL');
		// X- properties are TEXT (RFC 5545 §3.8.8.2); ical.js does not unescape them.
		expect(lines).toContain('NAME:Råd\\; möten\\, 2026 METHOD:CANCEL');
		expect(lines).toContain('X-WR-CALDESC:Rad 1 Rad 2');
	});

	test('keeps UID stable and SEQUENCE as given', () => {
		const first = onlyEvent(feed([meeting({ sequence: 0 })]));
		const moved = onlyEvent(
			feed([
				meeting({
					sequence: 4,
					start: stockholm('2026-11-25', '13:00'),
					end: stockholm('2026-11-25', '15:00')
				})
			])
		);
		expect(text(first, 'uid')).toBe('meeting-123@samverka');
		expect(text(moved, 'uid')).toBe('meeting-123@samverka');
		expect(first.getFirstPropertyValue('sequence')).toBe(0);
		expect(moved.getFirstPropertyValue('sequence')).toBe(4);
		expect(() => feed([meeting({ sequence: -1 })])).toThrow();
		expect(() => feed([meeting(), meeting()])).toThrow(/Duplicate UID/);
	});

	test('writes times as Stockholm local time with TZID, DTSTAMP/LAST-MODIFIED/CREATED in UTC', () => {
		const ics = feed([meeting()]);
		const lines = unfold(ics);
		expect(lines).toContain('DTSTART;TZID=Europe/Stockholm:20261124T093000');
		expect(lines).toContain('DTEND;TZID=Europe/Stockholm:20261124T120000');
		expect(lines).toContain('DTSTAMP:20261115T120000Z');
		expect(lines).toContain('LAST-MODIFIED:20261101T100000Z');
		expect(lines).toContain('CREATED:20261001T080000Z');
		const event = onlyEvent(ics);
		expect(resolve(ics, event, 'dtstart').toISOString()).toBe('2026-11-24T08:30:00.000Z');
		expect(resolve(ics, event, 'dtend').toISOString()).toBe('2026-11-24T11:00:00.000Z');
		expect(unfold(feed([meeting({ created: undefined })])).some((l) => l.startsWith('CREATED'))).toBe(false);
	});

	test('has one correct VTIMEZONE for Europe/Stockholm (never Europe/Berlin)', () => {
		const ics = feed([meeting()]);
		expect(ics).not.toContain('Berlin');
		const vtimezone = parse(ics).getFirstSubcomponent('vtimezone');
		if (!vtimezone) throw new Error('no VTIMEZONE');
		expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');

		const daylight = vtimezone.getFirstSubcomponent('daylight');
		const standard = vtimezone.getFirstSubcomponent('standard');
		if (!daylight || !standard) throw new Error('no DAYLIGHT/STANDARD');
		expect(daylight.getFirstPropertyValue('tzoffsetfrom')?.toString()).toBe('+01:00');
		expect(daylight.getFirstPropertyValue('tzoffsetto')?.toString()).toBe('+02:00');
		expect(standard.getFirstPropertyValue('tzoffsetfrom')?.toString()).toBe('+02:00');
		expect(standard.getFirstPropertyValue('tzoffsetto')?.toString()).toBe('+01:00');
		const lines = unfold(ics);
		expect(lines).toContain('TZOFFSETFROM:+0100');
		expect(lines).toContain('TZOFFSETTO:+0200');

		// Rules: last Sunday in March at 02:00, last Sunday in October at 03:00.
		const daylightRule = daylight.getFirstPropertyValue('rrule') as ICAL.Recur;
		const standardRule = standard.getFirstPropertyValue('rrule') as ICAL.Recur;
		expect(daylightRule.freq).toBe('YEARLY');
		expect(daylightRule.getComponent('bymonth')).toEqual([3]);
		expect(daylightRule.getComponent('byday')).toEqual(['-1SU']);
		expect(standardRule.getComponent('bymonth')).toEqual([10]);
		expect(standardRule.getComponent('byday')).toEqual(['-1SU']);
		expect((daylight.getFirstPropertyValue('dtstart') as ICAL.Time).hour).toBe(2);
		expect((standard.getFirstPropertyValue('dtstart') as ICAL.Time).hour).toBe(3);

		// The transitions ical.js derives from this VTIMEZONE, around the 2026 change days.
		const zone = zoneFromOutput(ics);
		const offsetAt = (y: number, mo: number, d: number, h: number) =>
			zone.utcOffset(
				ICAL.Time.fromData({
					year: y,
					month: mo,
					day: d,
					hour: h,
					minute: 0,
					second: 0,
					isDate: false
				})
			) / 3600;
		expect(offsetAt(2026, 3, 28, 12)).toBe(1);
		expect(offsetAt(2026, 3, 29, 1)).toBe(1);
		expect(offsetAt(2026, 3, 29, 3)).toBe(2);
		expect(offsetAt(2026, 10, 24, 12)).toBe(2);
		expect(offsetAt(2026, 10, 25, 3)).toBe(1);
		expect(offsetAt(2027, 3, 28, 3)).toBe(2); // last Sunday in March 2027
		expect(offsetAt(2027, 3, 27, 12)).toBe(1);
		expect(offsetAt(2027, 10, 30, 12)).toBe(2); // the day before the last Sunday in October 2027
		expect(offsetAt(2027, 10, 31, 12)).toBe(1);
	});

	test('on the change days, 10:00 Stockholm resolves to 08:00Z (March) and 09:00Z (October) through the VTIMEZONE', () => {
		const march = meeting({
			uid: 'march@samverka',
			start: stockholm('2026-03-29', '10:00'),
			end: stockholm('2026-03-29', '11:00')
		});
		const october = meeting({
			uid: 'october@samverka',
			start: stockholm('2026-10-25', '10:00'),
			end: stockholm('2026-10-25', '11:00')
		});
		const ics = feed([march, october]);
		const lines = unfold(ics);
		expect(lines).toContain('DTSTART;TZID=Europe/Stockholm:20260329T100000');
		expect(lines).toContain('DTSTART;TZID=Europe/Stockholm:20261025T100000');
		const [first, second] = events(ics);
		expect(text(first, 'uid')).toBe('march@samverka');
		expect(resolve(ics, first, 'dtstart').toISOString()).toBe('2026-03-29T08:00:00.000Z');
		expect(resolve(ics, second, 'dtstart').toISOString()).toBe('2026-10-25T09:00:00.000Z');
	});

	test('an event in the hour repeated when the clocks go back is written in UTC (clients disagree on ambiguous local times)', () => {
		const firstPass = meeting({
			uid: 'a@samverka',
			start: new Date('2026-10-25T00:30:00Z'), // 02:30 CEST
			end: new Date('2026-10-25T00:45:00Z')
		});
		const secondPass = meeting({
			uid: 'b@samverka',
			start: new Date('2026-10-25T01:30:00Z'), // 02:30 CET
			end: new Date('2026-10-25T01:45:00Z')
		});
		const endsInIt = meeting({
			uid: 'c@samverka',
			start: new Date('2026-10-24T23:00:00Z'), // 01:00 CEST
			end: new Date('2026-10-25T00:15:00Z') // 02:15 CEST
		});
		const ics = feed([firstPass, secondPass, endsInIt]);
		const lines = unfold(ics);
		expect(lines).toContain('DTSTART:20261025T003000Z');
		expect(lines).toContain('DTSTART:20261025T013000Z');
		expect(lines).toContain('DTSTART:20261024T230000Z');
		expect(lines).toContain('DTEND:20261025T001500Z');
		const [c, a, b] = events(ics);
		expect(resolve(ics, a, 'dtstart').toISOString()).toBe('2026-10-25T00:30:00.000Z');
		expect(resolve(ics, b, 'dtstart').toISOString()).toBe('2026-10-25T01:30:00.000Z');
		expect(resolve(ics, b, 'dtend').toISOString()).toBe('2026-10-25T01:45:00.000Z');
		expect(resolve(ics, c, 'dtend').toISOString()).toBe('2026-10-25T00:15:00.000Z');
		// From 03:00 everything is unambiguous again.
		const after = feed([
			meeting({
				start: new Date('2026-10-25T02:00:00Z'),
				end: new Date('2026-10-25T03:00:00Z')
			})
		]);
		expect(unfold(after)).toContain('DTSTART;TZID=Europe/Stockholm:20261025T030000');
	});

	test('full-day meetings are DATE values from the Stockholm calendar date, DTEND the day after', () => {
		// 00:30 Stockholm on 15 September is still 14 September in UTC.
		const heldag = meeting({
			uid: 'heldag@samverka',
			allDay: true,
			start: new Date('2026-09-14T22:30:00Z'),
			end: stockholm('2026-09-15', '16:00')
		});
		const twoDays = meeting({
			uid: 'tva@samverka',
			allDay: true,
			start: stockholm('2026-09-15', '09:00'),
			end: stockholm('2026-09-16', '16:00')
		});
		const midnightEnd = meeting({
			uid: 'midnatt@samverka',
			allDay: true,
			start: stockholm('2026-09-15', '00:00'),
			end: stockholm('2026-09-16', '00:00')
		});
		const winter = meeting({
			uid: 'vinter@samverka',
			allDay: true,
			start: stockholm('2026-12-31', '08:00'),
			end: stockholm('2026-12-31', '23:59')
		});
		const ics = feed([heldag, twoDays, midnightEnd, winter]);
		expectWellFormed(ics);
		const byUid = new Map(events(ics).map((e) => [text(e, 'uid'), e]));
		const dates = (uid: string) => {
			const e = byUid.get(uid);
			if (!e) throw new Error(uid);
			const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
			const end = e.getFirstPropertyValue('dtend') as ICAL.Time;
			expect(start.isDate).toBe(true);
			expect(end.isDate).toBe(true);
			return [start.toString(), end.toString()];
		};
		expect(dates('heldag@samverka')).toEqual(['2026-09-15', '2026-09-16']);
		expect(dates('tva@samverka')).toEqual(['2026-09-15', '2026-09-17']);
		expect(dates('midnatt@samverka')).toEqual(['2026-09-15', '2026-09-16']);
		expect(dates('vinter@samverka')).toEqual(['2026-12-31', '2027-01-01']);
		const lines = unfold(ics);
		expect(lines).toContain('DTSTART;VALUE=DATE:20260915');
		expect(lines).toContain('DTEND;VALUE=DATE:20260916');
		const eventStarts = lines.filter((l) => l.startsWith('DTSTART') && !l.startsWith('DTSTART:1970'));
		expect(eventStarts).toHaveLength(4);
		expect(eventStarts.every((l) => l.startsWith('DTSTART;VALUE=DATE:'))).toBe(true);
	});

	test('keeps cancelled events with STATUS:CANCELLED and an "INSTÄLLT: " summary', () => {
		const cancelled = meeting({
			status: 'CANCELLED',
			sequence: 5,
			cancelledAt: new Date('2026-11-10T09:00:00Z')
		});
		const ics = feed([cancelled]);
		const event = onlyEvent(ics);
		expect(text(event, 'status')).toBe('CANCELLED');
		expect(text(event, 'summary')).toBe('INSTÄLLT: GR Digit: Möte nr 72');
		expect(text(event, 'uid')).toBe('meeting-123@samverka');
		expect(event.getFirstPropertyValue('sequence')).toBe(5);
		expect(text(event, 'transp')).toBe('TRANSPARENT');
		expect(unfold(ics)).toContain('SUMMARY:INSTÄLLT: GR Digit: Möte nr 72');
		// The prefix is not doubled.
		const again = onlyEvent(
			feed([
				meeting({
					status: 'CANCELLED',
					summary: 'INSTÄLLT: GR Digit: Möte nr 72'
				})
			])
		);
		expect(text(again, 'summary')).toBe('INSTÄLLT: GR Digit: Möte nr 72');
		// Tentative events keep their summary.
		const tentative = onlyEvent(feed([meeting({ status: 'TENTATIVE' })]));
		expect(text(tentative, 'status')).toBe('TENTATIVE');
		expect(text(tentative, 'summary')).toBe('GR Digit: Möte nr 72');
	});

	test('drops events cancelled more than 60 days ago', () => {
		const day = 24 * 60 * 60 * 1000;
		const list = [
			meeting({
				uid: 'kept-confirmed@samverka',
				lastModified: new Date(NOW.getTime() - 400 * day)
			}),
			meeting({
				uid: 'kept-60@samverka',
				status: 'CANCELLED',
				cancelledAt: new Date(NOW.getTime() - 60 * day)
			}),
			meeting({
				uid: 'dropped-61@samverka',
				status: 'CANCELLED',
				cancelledAt: new Date(NOW.getTime() - 61 * day)
			}),
			meeting({
				uid: 'dropped-fallback@samverka',
				status: 'CANCELLED',
				lastModified: new Date(NOW.getTime() - 90 * day)
			}),
			meeting({
				uid: 'kept-fallback@samverka',
				status: 'CANCELLED',
				lastModified: new Date(NOW.getTime() - 10 * day)
			})
		];
		expect(feedWindowFilter(list, NOW).map((e) => e.uid)).toEqual([
			'kept-confirmed@samverka',
			'kept-60@samverka',
			'kept-fallback@samverka'
		]);
		const uids = events(feed(list)).map((e) => text(e, 'uid'));
		expect(uids.sort()).toEqual(['kept-60@samverka', 'kept-confirmed@samverka', 'kept-fallback@samverka']);
	});

	test('writes the online link as an RFC 7986 CONFERENCE property and in the description (once)', () => {
		const ics = feed([meeting()]);
		expectWellFormed(ics);
		expect(unfold(ics)).toContain(`CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Teams:${TEAMS}`);
		const event = onlyEvent(ics);
		const conference = event.getFirstProperty('conference');
		if (!conference) throw new Error('no CONFERENCE');
		expect(conference.getFirstValue()).toBe(TEAMS);
		expect(conference.getParameter('feature')).toBe('VIDEO');
		expect(conference.getParameter('label')).toBe('Teams');
		expect(event.getAllProperties().some((p) => p.name.startsWith('x-samverka'))).toBe(false);
		const description = text(event, 'description') ?? '';
		expect(description.split(TEAMS)).toHaveLength(2);

		// A description without the link gets it appended.
		const bare = onlyEvent(feed([meeting({ description: 'Dagordning kommer.' })]));
		expect(text(bare, 'description')).toBe(`Dagordning kommer.\n\nAnslut via Teams: ${TEAMS}`);

		// Other services get their own label; physical meetings have none.
		const zoom = unfold(feed([meeting({ onlineUrl: 'https://zoom.us/j/123456789' })]));
		expect(zoom).toContain('CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Zoom:https://zoom.us/j/123456789');
		const other = unfold(feed([meeting({ onlineUrl: 'https://video.example.se/rum/1' })]));
		expect(other).toContain(
			'CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL="Videomöte":https://video.example.se/rum/1'
		);
		const physical = feed([
			meeting({
				onlineUrl: null,
				location: 'Göteborgsregionen, Anders Personsgatan 8, Göteborg',
				categories: ['Fysiskt'],
				description: ''
			})
		]);
		expect(physical).not.toContain('CONFERENCE');
		const physicalEvent = onlyEvent(physical);
		expect(text(physicalEvent, 'location')).toBe('Göteborgsregionen, Anders Personsgatan 8, Göteborg');
		expect(text(physicalEvent, 'description')).toBeNull();
		expect(() => feed([meeting({ onlineUrl: 'javascript:alert(1)' })])).toThrow();
		expect(() => feed([meeting({ onlineUrl: 'https://teams.microsoft.com/a b' })])).toThrow();
	});

	test('writes URIs verbatim (no TEXT escaping of commas and semicolons)', () => {
		const url = 'https://samverka.example/moten?id=1,2;x=3';
		const ics = feed([meeting({ url, onlineUrl: `${TEAMS}&a=1,2;b` })]);
		const lines = unfold(ics);
		expect(lines).toContain(`URL;VALUE=URI:${url}`);
		expect(lines).toContain(`CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Teams:${TEAMS}&a=1,2;b`);
		expect(text(onlyEvent(ics), 'url')).toBe(url);
		expect(lines.filter((l) => l.startsWith('URL;'))).toHaveLength(1);
	});

	test('writes location, URL, description and categories that round-trip through ical.js', () => {
		const ics = feed([
			meeting({
				categories: ['Digitalt', 'Spår 2: Digital kompetens, grund', 'Digitalt']
			})
		]);
		const event = onlyEvent(ics);
		expect(text(event, 'location')).toBe('Digitalt (Teams)');
		expect(text(event, 'url')).toBe('https://samverka.example/natverk/gr-digit/moten/123');
		expect(event.getFirstProperty('categories')?.getValues()).toEqual([
			'Digitalt',
			'Spår 2: Digital kompetens, grund'
		]);
		expect(text(event, 'description')).toBe(
			[
				'Dagordning',
				'1. Laget runt [I] – ca 09.30 (Anna Andersson)',
				'2. Föregående minnesanteckningar [D]',
				'',
				`Anslut via Teams: ${TEAMS}`,
				'Mer information: https://samverka.example/natverk/gr-digit/moten/123'
			].join('\n')
		);
	});

	test('CRLF line endings and 75-octet folding that never splits å, ä, ö or an emoji', () => {
		for (let shift = 0; shift < 6; shift++) {
			const summary =
				'x'.repeat(shift) + 'Åäö Möte i Göteborgsregionens råd för digitalisering 🚀 '.repeat(6);
			const ics = feed([meeting({ summary, description: 'ÅÄÖåäö'.repeat(40) })]);
			expectWellFormed(ics);
			const event = onlyEvent(ics);
			expect(text(event, 'summary')).toBe(summary.trim());
			expect(text(event, 'description')).toBe('ÅÄÖåäö'.repeat(40) + `\n\nAnslut via Teams: ${TEAMS}`);
			expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
		}
	});

	test('same input gives byte-identical output, whatever the order of events or the server time zone', () => {
		const list = [
			meeting({ uid: 'b@samverka' }),
			meeting({ uid: 'a@samverka' }),
			meeting({
				uid: 'c@samverka',
				start: stockholm('2026-03-29', '10:00'),
				end: stockholm('2026-03-29', '11:00')
			}),
			meeting({
				uid: 'd@samverka',
				allDay: true,
				start: stockholm('2026-09-15', '00:30'),
				end: stockholm('2026-09-15', '23:30')
			})
		];
		process.env.TZ = 'UTC';
		const reference = feed(list);
		expect(feed(list)).toBe(reference);
		expect(feed([...list].reverse())).toBe(reference);
		const invite = invitation();
		for (const zone of ['America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Europe/Stockholm']) {
			process.env.TZ = zone;
			expect(new Date('2026-01-01T12:00:00Z').getTimezoneOffset()).not.toBe(0); // the switch took effect
			expect(feed(list)).toBe(reference);
			expect(invitation()).toBe(invite);
		}
		// Only the injected clock changes DTSTAMP.
		const later = buildCalendarFeed({
			name: 'GR:s digitaliseringsnätverk',
			description: 'Möten i GR:s digitaliseringsnätverk',
			url: 'https://samverka.example/kalender/gr-digit.ics',
			events: list,
			now: new Date('2026-11-16T12:00:00Z')
		});
		expect(later.replace(/DTSTAMP:20261116T120000Z/g, 'DTSTAMP:20261115T120000Z')).toBe(reference);
	});

	test('an empty feed is still a valid calendar', () => {
		const ics = feed([]);
		expectWellFormed(ics);
		expect(events(ics)).toHaveLength(0);
		expect(unfold(ics)).toContain('X-WR-CALNAME:GR:s digitaliseringsnätverk');
	});

	test('refuses broken events', () => {
		expect(() => feed([meeting({ end: stockholm('2026-11-24', '09:00') })])).toThrow(/end is before start/);
		expect(() => feed([meeting({ start: new Date('x') })])).toThrow();
		expect(() => feed([meeting({ uid: '  ' })])).toThrow();
		expect(() => buildCalendarFeed({ name: 'X', events: [], now: new Date(Number.NaN) })).toThrow();
	});
});

describe('buildInvitation', () => {
	test('REQUEST is an invitation with ORGANIZER and ATTENDEEs to answer', () => {
		const ics = invitation();
		expectWellFormed(ics);
		const calendar = parse(ics);
		expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
		expect(unfold(ics)).toContain('METHOD:REQUEST');
		expect(ics).not.toContain('X-WR-CALNAME');
		const event = onlyEvent(ics);
		expect(text(event, 'uid')).toBe('meeting-123@samverka');
		expect(event.getFirstPropertyValue('sequence')).toBe(3);
		expect(text(event, 'status')).toBe('CONFIRMED');
		expect(text(event, 'dtstamp')).toBe('2026-11-15T12:00:00Z');

		const organizer = event.getFirstProperty('organizer');
		expect(organizer?.getFirstValue()).toBe('mailto:tore@goteborgsregionen.se');
		expect(organizer?.getParameter('cn')).toBe('Tore Samordnare');

		const attendees = event.getAllProperties('attendee');
		expect(attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
			'mailto:anna.andersson@kungalv.se',
			'mailto:orjan.aberg@molndal.se'
		]);
		for (const attendee of attendees) {
			expect(attendee.getParameter('rsvp')).toBe('TRUE');
			expect(attendee.getParameter('partstat')).toBe('NEEDS-ACTION');
			expect(attendee.getParameter('role')).toBe('REQ-PARTICIPANT');
		}
		expect(attendees[1].getParameter('cn')).toBe('Örjan Åberg');
		expect(resolve(ics, event, 'dtstart').toISOString()).toBe('2026-11-24T08:30:00.000Z');
		expect(unfold(ics)).toContain(`CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Teams:${TEAMS}`);
		expect(parse(ics).getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
			'Europe/Stockholm'
		);
	});

	test('CANCEL keeps UID, takes the sequence passed in and marks the event cancelled', () => {
		const ics = invitation({
			method: 'CANCEL',
			event: meeting({ sequence: 4 })
		});
		expectWellFormed(ics);
		expect(parse(ics).getFirstPropertyValue('method')).toBe('CANCEL');
		expect(unfold(ics)).toContain('METHOD:CANCEL');
		const event = onlyEvent(ics);
		expect(text(event, 'uid')).toBe('meeting-123@samverka');
		expect(event.getFirstPropertyValue('sequence')).toBe(4);
		expect(text(event, 'status')).toBe('CANCELLED');
		expect(text(event, 'summary')).toBe('INSTÄLLT: GR Digit: Möte nr 72');
		expect(event.getFirstProperty('organizer')?.getFirstValue()).toBe('mailto:tore@goteborgsregionen.se');
		const attendees = event.getAllProperties('attendee');
		expect(attendees).toHaveLength(2);
		expect(attendees.every((a) => a.getParameter('rsvp') === undefined)).toBe(true);
	});

	test('de-duplicates attendees and keeps quotes and line breaks out of parameters', () => {
		const ics = invitation({
			organizer: {
				name: 'Tore "Doodle" Samordnare',
				email: 'tore@goteborgsregionen.se'
			},
			attendees: [
				{ name: 'Anna\nAndersson; GR', email: 'anna@kungalv.se' },
				{ name: 'Anna igen', email: 'ANNA@kungalv.se' },
				{ name: '', email: 'namnlos@vgregion.se' }
			]
		});
		expectWellFormed(ics);
		const event = onlyEvent(ics);
		expect(event.getFirstProperty('organizer')?.getParameter('cn')).toBe("Tore 'Doodle' Samordnare");
		const attendees = event.getAllProperties('attendee');
		expect(attendees).toHaveLength(2);
		expect(attendees[0].getParameter('cn')).toBe('Anna Andersson; GR');
		expect(attendees[1].getParameter('cn')).toBe('namnlos@vgregion.se');
	});

	test('refuses inconsistent invitations', () => {
		expect(() => invitation({ event: meeting({ status: 'CANCELLED' }) })).toThrow(/CANCEL/);
		expect(() => invitation({ attendees: [] })).toThrow(/attendee/);
		expect(() => invitation({ attendees: [{ name: 'X', email: 'inte-en-adress' }] })).toThrow(/e-mail/);
		expect(() =>
			invitation({
				organizer: { name: 'X', email: 'a@b.se\r\nATTENDEE:mailto:evil@x.se' }
			})
		).toThrow(/e-mail/);
	});
});

describe('agendaDescription', () => {
	test('numbered items with type, approximate time and responsible, then links', () => {
		const description = agendaDescription(
			[
				{
					number: 1,
					type: 'I',
					title: 'Laget runt',
					startsAt: stockholm('2026-11-24', '09:30'),
					responsible: ['Anna Andersson']
				},
				{
					number: 2,
					type: 'diskussion',
					title: 'AI-arenan',
					startsAt: stockholm('2026-11-24', '09:50'),
					responsible: ['Sara Berg', 'Tore Samordnare']
				},
				{
					number: 3,
					type: 'paus',
					title: 'Paus',
					startsAt: stockholm('2026-11-24', '10:30'),
					responsible: []
				},
				{
					number: 4,
					type: 'A',
					title: 'Handslaget',
					startsAt: null,
					responsible: []
				},
				{
					number: 5,
					type: 'beslut',
					title: 'Nästa möte',
					startsAt: null,
					responsible: ['Ordföranden']
				}
			],
			{ onlineUrl: TEAMS, url: 'https://samverka.example/m/123' }
		);
		expect(description).toBe(
			[
				'Dagordning',
				'1. Laget runt [I] – ca 09.30 (Anna Andersson)',
				'2. AI-arenan [D] – ca 09.50 (Sara Berg, Tore Samordnare)',
				'3. Paus – ca 10.30',
				'4. Handslaget [A]',
				'5. Nästa möte [B] (Ordföranden)',
				'',
				`Anslut via Teams: ${TEAMS}`,
				'Mer information: https://samverka.example/m/123'
			].join('\n')
		);
	});

	test('lists items in agenda order with unnumbered breaks, as the kallelse e-mail does (issue 10)', () => {
		// as the feeds give them: in position order, breaks without a number (0 or null)
		const items = [
			{ number: 1, type: 'I', title: 'Laget runt', at: '08:30' },
			{ number: 2, type: 'D', title: 'AI-arenan', at: '09:00' },
			{ number: 0, type: 'paus', title: 'Paus', at: '09:30' },
			{ number: 3, type: 'B', title: 'Handlingsplanen', at: '09:45' },
			{ number: null, type: 'break', title: 'Lunch', at: '12:00' },
			{ number: 4, type: 'A', title: 'Handslaget', at: '13:00' }
		].map(({ at, ...item }) => ({ ...item, startsAt: stockholm('2026-11-24', at), responsible: [] }));
		const expected = [
			'1. Laget runt [I] – ca 08.30',
			'2. AI-arenan [D] – ca 09.00',
			'Paus – ca 09.30',
			'3. Handlingsplanen [B] – ca 09.45',
			'Lunch – ca 12.00',
			'4. Handslaget [A] – ca 13.00'
		];
		expect(agendaLines(items)).toEqual(expected);
		expect(agendaDescription(items)).toBe(['Dagordning', ...expected].join('\n'));
		expect(agendaDescription(items)).not.toMatch(/^0\./m);
	});

	test('summer times and no links', () => {
		expect(
			agendaDescription([
				{
					number: 1,
					type: 'I',
					title: 'Välkommen',
					startsAt: stockholm('2020-09-15', '09:00'),
					responsible: []
				}
			])
		).toBe('Dagordning\n1. Välkommen [I] – ca 09.00');
		expect(agendaDescription([], { url: 'https://samverka.example/m/1' })).toBe(
			'Mer information: https://samverka.example/m/1'
		);
		expect(agendaDescription([])).toBe('');
	});
});

describe('properties (fast-check)', () => {
	const instant = fc
		.integer({
			min: Date.UTC(1997, 0, 1) / 1000,
			max: Date.UTC(2099, 0, 1) / 1000
		})
		.map((s) => new Date(s * 1000));
	const textArb = fc.string({
		unit: fc.constantFrom('a', 'Å', 'ä', 'ö', ' ', ',', ';', '\\', ':', '"', '€', '🚀', 'x', '-'),
		minLength: 1,
		maxLength: 120
	});

	test('any instant round-trips through the output and ical.js; any text survives escaping and folding', () => {
		fc.assert(
			fc.property(
				instant,
				fc.integer({ min: 0, max: 48 * 3600 }),
				textArb,
				textArb,
				(start, seconds, summary, location) => {
					fc.pre(summary.trim() !== '' && !/ {2}/.test(summary) && summary.trim() === summary);
					const end = new Date(start.getTime() + seconds * 1000);
					const ics = feed([meeting({ start, end, summary, location, description: summary })]);
					expectWellFormed(ics);
					const event = onlyEvent(ics);
					expect(resolve(ics, event, 'dtstart').getTime()).toBe(start.getTime());
					expect(resolve(ics, event, 'dtend').getTime()).toBe(end.getTime());
					expect(text(event, 'summary')).toBe(summary);
				}
			),
			{ numRuns: 300 }
		);
	}, 60_000);
});
