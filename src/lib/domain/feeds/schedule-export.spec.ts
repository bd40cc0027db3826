import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	c3vocValidator,
	errorsOf,
	readExample,
	validateFrab
} from '../../../../tests/fixtures/schedule-schemas/validators.ts';
import {
	ScheduleExportError,
	toC3vocJson,
	toFrabXml,
	toProgrammeCsv,
	type ScheduleExportInput
} from './schedule-export.ts';
import type { Session } from '../conferences/programme.ts';
import { ROOM, TRACK, programme2020 } from '../conferences/programme.fixture.ts';

const validateC3voc = c3vocValidator();

// ---------------------------------------------------------------------------------------------
// Helpers

const input = (): ScheduleExportInput => programme2020();

function withSessions(change: (sessions: Session[]) => Session[]): ScheduleExportInput {
	const data = programme2020();
	return { ...data, sessions: change(data.sessions) };
}

function extra(fields: Partial<Session> & Pick<Session, 'id' | 'guid'>): Session {
	return {
		title: 'Extra pass',
		abstract: '',
		kind: 'track',
		trackId: TRACK.kompetens,
		roomId: ROOM.bohuslan,
		startsAt: '2020-09-15T16:00',
		endsAt: '2020-09-15T17:00',
		speakers: [],
		language: 'sv',
		capacity: null,
		...fields
	};
}

function xmlEventOf(xml: string, guid: string): string {
	const match = new RegExp(`<event guid="${guid}"[\\s\\S]*?</event>`).exec(xml);
	if (match === null) throw new Error(`no event ${guid}`);
	return match[0];
}

function unescapeXml(value: string): string {
	return value
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&apos;', "'")
		.replaceAll('&#13;', '\r')
		.replaceAll('&#10;', '\n')
		.replaceAll('&#9;', '\t')
		.replaceAll('&amp;', '&');
}

/** What XML 1.0 can carry of a string: the exporter drops the rest. */
function xmlRepresentable(value: string): string {
	return [...value]
		.filter((char) => {
			const code = char.codePointAt(0) ?? 0;
			if (code >= 0xd800 && code <= 0xdfff) return false;
			if (code === 0xfffe || code === 0xffff) return false;
			return code >= 0x20 || code === 0x9 || code === 0xa || code === 0xd;
		})
		.join('');
}

/** A small RFC 4180 reader (separator ';') to check the CSV from the reading side. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') {
				quoted = false;
			} else {
				field += char;
			}
		} else if (char === '"') {
			quoted = true;
		} else if (char === ';') {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else {
			field += char;
		}
	}
	if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
	return rows;
}

// ---------------------------------------------------------------------------------------------

describe('the schema validators themselves', () => {
	it('ajv accepts the upstream example pretalx-democon.json', () => {
		const valid = validateC3voc(readExample('pretalx-democon.json'));
		expect(errorsOf(validateC3voc)).toEqual([]);
		expect(valid).toBe(true);
	});

	it('ajv rejects the upstream invalid-example.json, for the reasons it is invalid', () => {
		expect(validateC3voc(readExample('invalid-example.json'))).toBe(false);
		expect(errorsOf(validateC3voc)).toEqual(
			expect.arrayContaining([
				'/schedule/conference/days/0/rooms/Winterchaos/0/id must be integer',
				'/schedule/rooms boolean schema is false'
			])
		);
	});

	it('xmllint rejects schedule.xml that breaks the XSD', async () => {
		const xml = toFrabXml(input());
		const withoutTrack = xml.replace(/<track\/>|<track>[^<]*<\/track>/, '');
		const badOffset = xml.replace('+02:00', '+0200');
		const duplicateGuid = xml.replace(
			'guid="70c78b47-559a-4f99-b22f-e8ba65a5ff6a"',
			'guid="f4521674-8401-4f00-82d5-16e7b097b8e8"'
		);
		for (const broken of [withoutTrack, badOffset, duplicateGuid]) {
			expect(broken).not.toBe(xml);
			const result = await validateFrab(broken);
			expect(result.valid).toBe(false);
		}
	});
});

describe('toFrabXml', () => {
	it('writes the 2020 programme as schedule.xml that is valid against the c3voc XSD', async () => {
		const result = await validateFrab(toFrabXml(input()));
		expect(result.errors).toEqual([]);
		expect(result.valid).toBe(true);
	});

	it('describes the conference in the header', () => {
		const xml = toFrabXml(input());
		const header = /<conference>[\s\S]*<\/conference>/.exec(xml)?.[0] ?? '';
		expect(header).toContain('<acronym>dimt_2020</acronym>');
		expect(header).toContain('<title>Digitalisering i människans tjänst 2020</title>');
		expect(header).toContain('<start>2020-09-15</start>');
		expect(header).toContain('<end>2020-09-15</end>');
		expect(header).toContain('<days>1</days>');
		expect(header).toContain('<timeslot_duration>00:10</timeslot_duration>');
		expect(header).toContain('<time_zone_name>Europe/Stockholm</time_zone_name>');
		expect(header).toContain(
			'<base_url>https://samverka.example.se/konferenser/dimt-2020/program</base_url>'
		);
		expect(header).toContain(
			'<track name="Västsvenska möjligheter" color="#1f6f8b" slug="vastsvenska-mojligheter">'
		);
		expect(xml).toContain(
			'<day index="1" date="2020-09-15" start="2020-09-15T08:00:00+02:00" end="2020-09-15T18:00:00+02:00">'
		);
	});

	it('writes every field of an event', () => {
		const event = xmlEventOf(toFrabXml(input()), '70c78b47-559a-4f99-b22f-e8ba65a5ff6a');
		expect(event.split('\n').map((line) => line.trim())).toEqual([
			'<event guid="70c78b47-559a-4f99-b22f-e8ba65a5ff6a" id="2">',
			'<date>2020-09-15T09:00:00+02:00</date>',
			'<start>09:00</start>',
			'<duration>00:20</duration>',
			'<room>Sal Götaland</room>',
			'<slug>dimt_2020-2-valkommen-till-digitalisering-i-manniskans-tjanst</slug>',
			'<url>https://samverka.example.se/konferenser/dimt-2020/program#pass-70c78b47-559a-4f99-b22f-e8ba65a5ff6a</url>',
			'<title>Välkommen till Digitalisering i människans tjänst</title>',
			'<subtitle/>',
			'<track/>',
			'<type>Plenum</type>',
			'<language>sv</language>',
			'<abstract>Dagens moderator hälsar välkommen och presenterar programmet.</abstract>',
			'<description/>',
			'<persons>',
			'<person id="101">Karin Ek</person>',
			'</persons>',
			'<links/>',
			'<attachments/>',
			'</event>'
		]);
		const track = xmlEventOf(toFrabXml(input()), '81437062-5a1b-4860-97e1-fd8cf5bc993a');
		expect(track).toContain('<track>Digital kompetens</track>');
		expect(track).toContain('<type>Spårpass</type>');
		expect(track).toContain('<language>en</language>');
	});

	it('files joint sessions without a room under the largest room, listed first', () => {
		const xml = toFrabXml(input());
		const rooms = [...xml.matchAll(/<room name="([^"]+)"/g)].map((match) => match[1]);
		expect(rooms).toEqual(['Sal Götaland', 'Sal Bohuslän', 'Sal Skaraborg', 'Sal Dalsland']);
		for (const guid of ['f4521674-8401-4f00-82d5-16e7b097b8e8', 'b78d5027-6d87-4246-b103-6bdebc993ba7']) {
			expect(xmlEventOf(xml, guid)).toContain('<room>Sal Götaland</room>');
		}
		const götaland = /<room name="Sal Götaland">[\s\S]*?\n {4}<\/room>/.exec(xml)?.[0] ?? '';
		const starts = [...götaland.matchAll(/<start>(\d\d:\d\d)<\/start>/g)].map((match) => match[1]);
		expect(starts).toEqual([
			'08:30',
			'09:00',
			'09:20',
			'10:00',
			'10:20',
			'11:00',
			'12:00',
			'13:00',
			'14:00',
			'14:20',
			'15:30',
			'16:00'
		]);
	});

	it('files them under jointRoomId when the organiser names a room', async () => {
		const xml = toFrabXml({ ...input(), jointRoomId: ROOM.skaraborg });
		expect([...xml.matchAll(/<room name="([^"]+)"/g)].map((match) => match[1])[0]).toBe('Sal Skaraborg');
		expect(xmlEventOf(xml, 'b78d5027-6d87-4246-b103-6bdebc993ba7')).toContain('<room>Sal Skaraborg</room>');
		expect((await validateFrab(xml)).valid).toBe(true);
	});

	it('escapes markup characters and keeps Swedish letters as UTF-8', () => {
		const data = input();
		data.rooms = data.rooms.map((room) =>
			room.id === ROOM.skaraborg ? { ...room, name: 'Sal "Skaraborg" & <Vänersborg>' } : room
		);
		const xml = toFrabXml(data);
		const event = xmlEventOf(xml, 'a0c1ce4a-19de-4edb-adf5-5637711364d4');
		expect(event).toContain(
			'<title>Digitala vårdmöten &amp; äldreomsorg – vad "fungerade" &lt;egentligen&gt;?</title>'
		);
		expect(event).toContain('<abstract>Erfarenheter från kommun &amp; region; Skövde och VGR.</abstract>');
		expect(event).toContain('<room>Sal "Skaraborg" &amp; &lt;Vänersborg&gt;</room>');
		expect(xml).toContain('<room name="Sal &quot;Skaraborg&quot; &amp; &lt;Vänersborg&gt;">');
		expect(xml).toContain('Sjukvårdsspåret');
		expect(xml).not.toMatch(/&#x?[0-9a-f]+;/i);
	});

	it('stays valid whatever text titles, abstracts and names contain', async () => {
		const anyChar = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
		const anyText = fc.oneof(
			fc.string({ unit: anyChar }),
			fc.string({ unit: 'grapheme' }),
			fc.constantFrom('&amp;', ']]>', '<!--', '"\'<>&')
		);
		const documents: Array<{ xml: string; title: string; name: string }> = [];
		fc.assert(
			fc.property(anyText, anyText, anyText, (title, abstract, name) => {
				const data = withSessions((sessions) =>
					sessions.map((session) =>
						session.id === 9 ? { ...session, title, abstract, speakers: [{ id: 1, name }] } : session
					)
				);
				documents.push({ xml: toFrabXml(data), title, name });
			}),
			{ numRuns: 40 }
		);
		const result = await validateFrab(...documents.map(({ xml }) => xml));
		expect(result.errors).toEqual([]);
		for (const { xml, title, name } of documents) {
			const event = xmlEventOf(xml, 'a128bd15-9163-48f0-8e45-9913599e9b95');
			const written = /<title>([\s\S]*)<\/title>|<title\/>/.exec(event)?.[1] ?? '';
			expect(unescapeXml(written)).toBe(xmlRepresentable(title));
			const person = /<person id="1">([\s\S]*)<\/person>/.exec(event)?.[1] ?? '';
			expect(unescapeXml(person)).toBe(xmlRepresentable(name));
		}
	});

	it('is stable: the same programme, in any order, gives byte-identical output', () => {
		const first = toFrabXml(input());
		const data = input();
		const shuffled = {
			...data,
			sessions: data.sessions.toReversed(),
			rooms: data.rooms.toReversed(),
			tracks: data.tracks.toReversed()
		};
		expect(toFrabXml(shuffled)).toBe(first);
		expect(toFrabXml(structuredClone(input()))).toBe(first);
	});

	it('derives the version from the content unless one is given', () => {
		const version = (xml: string) => /<version>([^<]*)<\/version>/.exec(xml)?.[1];
		const original = version(toFrabXml(input()));
		expect(original).toMatch(/^[0-9a-f]{8}$/);
		const renamed = withSessions((sessions) =>
			sessions.map((session) => (session.id === 7 ? { ...session, title: 'Lunch i restaurangen' } : session))
		);
		expect(version(toFrabXml(renamed))).not.toBe(original);
		expect(version(toFrabXml({ ...input(), version: '2020-09-01 v3' }))).toBe('2020-09-01 v3');
	});

	it('refuses a programme that cannot make a valid schedule, with Swedish reasons', () => {
		const duplicateGuid = withSessions((sessions) => [
			...sessions,
			extra({ id: 50, guid: 'F4521674-8401-4F00-82D5-16E7B097B8E8' })
		]);
		expect(() => toFrabXml(duplicateGuid)).toThrow(ScheduleExportError);
		expect(() => toFrabXml(duplicateGuid)).toThrow('Passet ”Extra pass” har samma GUID som ett annat pass.');

		const backwards = withSessions((sessions) => [
			...sessions,
			extra({
				id: 50,
				guid: '0bdb4d31-850d-4744-89a0-1c36df0f049f',
				startsAt: '2020-09-15T17:00',
				endsAt: '2020-09-15T16:00'
			})
		]);
		expect(() => toC3vocJson(backwards)).toThrow('Passet ”Extra pass” har ogiltig start- eller sluttid.');

		const unknownRoom = withSessions((sessions) => [
			...sessions,
			extra({
				id: 50,
				guid: '0bdb4d31-850d-4744-89a0-1c36df0f049f',
				roomId: 99
			})
		]);
		expect(() => toFrabXml(unknownRoom)).toThrow('Passet ”Extra pass” ligger i en sal som inte finns.');

		expect(() => toFrabXml({ ...input(), programmeUrl: '/program' })).toThrow(
			'Programmets adress måste vara en fullständig http(s)-adress.'
		);
	});
});

describe('daylight saving time (Europe/Stockholm)', () => {
	// Summer time starts 2026-03-29 02:00 and ends 2026-10-25 03:00.
	function springProgramme(): ScheduleExportInput {
		const data = input();
		const session = (id: number, guid: string, date: string): Session =>
			extra({
				id,
				guid,
				title: `Pass ${date}`,
				startsAt: `${date}T10:00`,
				endsAt: `${date}T11:30`
			});
		return {
			...data,
			conference: {
				...data.conference,
				slug: 'dimt-2026',
				startsOn: '2026-03-28',
				endsOn: '2026-03-30'
			},
			days: [],
			sessions: [
				session(1, '42100ba3-e378-4f14-8be8-bc02eff23e87', '2026-03-28'),
				session(2, '3fe7b523-b79e-4a0d-874e-e8e2d75a6b63', '2026-03-29'),
				session(3, '4cbeb1bb-770f-4250-95f2-56355f599784', '2026-03-30')
			]
		};
	}

	it('gives each date its own UTC offset in XML and JSON', async () => {
		const xml = toFrabXml(springProgramme());
		expect(xmlEventOf(xml, '42100ba3-e378-4f14-8be8-bc02eff23e87')).toContain(
			'<date>2026-03-28T10:00:00+01:00</date>'
		);
		expect(xmlEventOf(xml, '3fe7b523-b79e-4a0d-874e-e8e2d75a6b63')).toContain(
			'<date>2026-03-29T10:00:00+02:00</date>'
		);
		expect(xmlEventOf(xml, '4cbeb1bb-770f-4250-95f2-56355f599784')).toContain(
			'<date>2026-03-30T10:00:00+02:00</date>'
		);
		expect(xml).toContain(
			'<day index="1" date="2026-03-28" start="2026-03-28T08:00:00+01:00" end="2026-03-28T18:00:00+01:00">'
		);
		expect(xml).toContain(
			'<day index="3" date="2026-03-30" start="2026-03-30T08:00:00+02:00" end="2026-03-30T18:00:00+02:00">'
		);
		expect((await validateFrab(xml)).valid).toBe(true);

		const json = toC3vocJson(springProgramme());
		const dates = json.schedule.conference.days.flatMap((day) =>
			Object.values(day.rooms).flatMap((events) => events.map((event) => [event.date, event.end]))
		);
		expect(dates).toEqual([
			['2026-03-28T10:00:00+01:00', '2026-03-28T11:30:00+01:00'],
			['2026-03-29T10:00:00+02:00', '2026-03-29T11:30:00+02:00'],
			['2026-03-30T10:00:00+02:00', '2026-03-30T11:30:00+02:00']
		]);
		expect(validateC3voc(json)).toBe(true);
	});

	it('gives +01:00 on the day summer time ends, and measures durations in real time', () => {
		const data = input();
		const autumn: ScheduleExportInput = {
			...data,
			conference: {
				...data.conference,
				slug: 'dimt-2026',
				startsOn: '2026-10-24',
				endsOn: '2026-10-25'
			},
			days: [],
			sessions: [
				extra({
					id: 1,
					guid: '42100ba3-e378-4f14-8be8-bc02eff23e87',
					startsAt: '2026-10-24T10:00',
					endsAt: '2026-10-24T11:00'
				}),
				extra({
					id: 2,
					guid: '3fe7b523-b79e-4a0d-874e-e8e2d75a6b63',
					startsAt: '2026-10-25T10:00',
					endsAt: '2026-10-25T11:00'
				}),
				// Across the change: two hours on the wall clock, three in reality.
				extra({
					id: 3,
					guid: '4cbeb1bb-770f-4250-95f2-56355f599784',
					roomId: ROOM.dalsland,
					startsAt: '2026-10-25T01:30',
					endsAt: '2026-10-25T03:30'
				})
			]
		};
		const xml = toFrabXml(autumn);
		expect(xmlEventOf(xml, '42100ba3-e378-4f14-8be8-bc02eff23e87')).toContain(
			'<date>2026-10-24T10:00:00+02:00</date>'
		);
		expect(xmlEventOf(xml, '3fe7b523-b79e-4a0d-874e-e8e2d75a6b63')).toContain(
			'<date>2026-10-25T10:00:00+01:00</date>'
		);
		const night = xmlEventOf(xml, '4cbeb1bb-770f-4250-95f2-56355f599784');
		expect(night).toContain('<date>2026-10-25T01:30:00+02:00</date>');
		expect(night).toContain('<duration>03:00</duration>');
		// The day is widened to hold the night session rather than dropping it.
		expect(xml).toContain(
			'<day index="2" date="2026-10-25" start="2026-10-25T01:30:00+02:00" end="2026-10-25T18:00:00+01:00">'
		);
	});
});

describe('toC3vocJson', () => {
	it('writes the 2020 programme as schedule.json that is valid against the c3voc JSON Schema', () => {
		const valid = validateC3voc(toC3vocJson(input()));
		expect(errorsOf(validateC3voc)).toEqual([]);
		expect(valid).toBe(true);
	});

	it('lays out schedule.conference.days[].rooms by room name', () => {
		const { schedule } = toC3vocJson(input());
		expect(schedule.version).toMatch(/^[0-9a-f]{8}$/);
		expect(schedule.conference).toMatchObject({
			acronym: 'dimt_2020',
			title: 'Digitalisering i människans tjänst 2020',
			start: '2020-09-15',
			end: '2020-09-15',
			daysCount: 1,
			time_zone_name: 'Europe/Stockholm',
			url: 'https://samverka.example.se/konferenser/dimt-2020'
		});
		expect(schedule.conference.tracks.map((track) => track.name)).toEqual([
			'Västsvenska möjligheter',
			'Digital kompetens',
			'Digital transformation',
			'Sjukvårdsspåret'
		]);
		const [day] = schedule.conference.days;
		expect(day?.day_start).toBe('2020-09-15T08:00:00+02:00');
		expect(Object.keys(day?.rooms ?? {})).toEqual([
			'Sal Götaland',
			'Sal Bohuslän',
			'Sal Skaraborg',
			'Sal Dalsland'
		]);
		expect(day?.rooms['Sal Skaraborg']?.map((event) => event.id)).toEqual([11, 16]);
		expect(day?.rooms['Sal Skaraborg']?.[1]).toEqual({
			guid: 'a0c1ce4a-19de-4edb-adf5-5637711364d4',
			id: 16,
			date: '2020-09-15T14:20:00+02:00',
			start: '14:20',
			end: '2020-09-15T15:20:00+02:00',
			duration: '01:00',
			room: 'Sal Skaraborg',
			slug: 'dimt_2020-16-digitala-vardmoten-aldreomsorg-vad-fungerade-egentligen',
			url: 'https://samverka.example.se/konferenser/dimt-2020/program#pass-a0c1ce4a-19de-4edb-adf5-5637711364d4',
			title: 'Digitala vårdmöten & äldreomsorg – vad "fungerade" <egentligen>?',
			subtitle: '',
			track: 'Sjukvårdsspåret',
			type: 'Spårpass',
			language: 'sv',
			abstract: 'Erfarenheter från kommun & region; Skövde och VGR.',
			description: '',
			persons: [
				{
					id: 108,
					name: 'Sofia Berg',
					biography: 'Överläkare, Västra Götalandsregionen'
				},
				{ id: 105, name: 'Lena Sjöberg', biography: 'IT-chef, Skövde kommun' }
			],
			links: [],
			attachments: []
		});
		const lunch = day?.rooms['Sal Götaland']?.find((event) => event.title === 'Lunch');
		expect(lunch).toMatchObject({ track: null, type: 'Lunch', persons: [] });
	});

	it('holds the same events as the XML', () => {
		const xmlGuids = [...toFrabXml(input()).matchAll(/<event guid="([^"]+)"/g)].map((match) => match[1]);
		const jsonGuids = toC3vocJson(input()).schedule.conference.days.flatMap((day) =>
			Object.values(day.rooms).flatMap((events) => events.map((event) => event.guid))
		);
		expect(jsonGuids).toEqual(xmlGuids);
		expect(new Set(jsonGuids).size).toBe(programme2020().sessions.length);
	});

	it('is stable: serialises byte-identically for the same programme in any order', () => {
		const data = input();
		const reversed = {
			...data,
			sessions: data.sessions.toReversed(),
			rooms: data.rooms.toReversed()
		};
		expect(JSON.stringify(toC3vocJson(reversed))).toBe(JSON.stringify(toC3vocJson(input())));
	});
});

describe('toProgrammeCsv', () => {
	it('starts with a BOM and the Swedish header, and ends every line with CRLF', () => {
		const csv = toProgrammeCsv(input());
		expect(csv.startsWith('\uFEFFDatum;Start;Slut;Sal;Spår;Typ;Titel;Talare;Kapacitet\r\n')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		expect(parseCsv(csv.slice(1))).toHaveLength(programme2020().sessions.length + 1);
	});

	it('lists the sessions in programme order with room, track, type, speakers and seats', () => {
		const rows = parseCsv(toProgrammeCsv(input()).slice(1));
		expect(rows.slice(1, 3)).toEqual([
			['2020-09-15', '08:30', '09:00', 'Gemensamt', '', 'Paus', 'Registrering och kaffe', '', ''],
			[
				'2020-09-15',
				'09:00',
				'09:20',
				'Sal Götaland',
				'',
				'Plenum',
				'Välkommen till Digitalisering i människans tjänst',
				'Karin Ek (Västra Götalandsregionen)',
				'400'
			]
		]);
		const afternoon = rows.filter((row) => row[1] === '13:00');
		expect(afternoon.map((row) => [row[3], row[4], row[8]])).toEqual([
			['Sal Götaland', 'Västsvenska möjligheter', '200'],
			['Sal Bohuslän', 'Digital kompetens', '120'],
			['Sal Skaraborg', 'Sjukvårdsspåret', '100'],
			['Sal Dalsland', 'Digital transformation', '80']
		]);
	});

	it('quotes fields with quotes, semicolons or line breaks (RFC 4180)', () => {
		const csv = toProgrammeCsv(input());
		expect(csv).toContain(
			';"Digitala vårdmöten & äldreomsorg – vad ""fungerade"" <egentligen>?";' +
				'Sofia Berg (Västra Götalandsregionen), Lena Sjöberg (Skövde kommun);100\r\n'
		);
		const data = withSessions((sessions) =>
			sessions.map((session) =>
				session.id === 9 ? { ...session, title: 'Rad ett\r\nRad två; med semikolon' } : session
			)
		);
		expect(toProgrammeCsv(data)).toContain(';"Rad ett\r\nRad två; med semikolon";');
	});

	it('keeps cells that Excel would run as formulas as text', () => {
		const data = withSessions((sessions) =>
			sessions.map((session) =>
				session.id === 9
					? {
							...session,
							title: '=HYPERLINK("https://example.com")',
							speakers: [{ id: 1, name: '@Anna' }]
						}
					: session
			)
		);
		const row = parseCsv(toProgrammeCsv(data).slice(1)).find((fields) => fields[4] === 'Digital kompetens');
		expect(row?.[6]).toBe('\'=HYPERLINK("https://example.com")');
		expect(row?.[7]).toBe("'@Anna");
	});

	it('reads back the same text for any title', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (title) => {
				const data = withSessions((sessions) =>
					sessions.map((session) => (session.id === 9 ? { ...session, title } : session))
				);
				const row = parseCsv(toProgrammeCsv(data).slice(1)).find(
					(fields) => fields[4] === 'Digital kompetens' && fields[1] === '13:00'
				);
				const expected = /^[=+\-@\t\r]/.test(title) ? `'${title}` : title;
				expect(row?.[6]).toBe(expected);
			}),
			{ numRuns: 200 }
		);
	});

	it('is stable for the same programme in any order', () => {
		const data = input();
		expect(toProgrammeCsv({ ...data, sessions: data.sessions.toReversed() })).toBe(toProgrammeCsv(input()));
	});
});
