import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sql } from '../../src/lib/server/platform/db.ts';
import {
	getOrCreateCalendarToken,
	regenerateCalendarToken
} from '../../src/lib/server/feeds/calendar-tokens.ts';
import { GET as networkFeed } from '../../src/routes/kalender/natverk/[slug].ics/+server.ts';
import { GET as personalFeed } from '../../src/routes/kalender/mig/[token].ics/+server.ts';
import { addMember, createNetwork, createUser } from './factories.ts';

type Handler = (event: never) => Promise<Response> | Response;

/** Calls a route handler the way the server would for a GET from a calendar client. */
async function get(
	handler: Handler,
	path: string,
	params: Record<string, string>,
	headers: Record<string, string> = {}
) {
	const url = new URL(`http://localhost:3000${path}`);
	const event = {
		url,
		params,
		request: new Request(url, { headers }),
		locals: { user: null, session: null }
	};
	return handler(event as never);
}

async function createMeeting(
	networkId: number,
	values: { number: number; start: string; end: string; fullDay?: boolean; format?: string; status?: string }
) {
	const cancelled = values.status === 'cancelled';
	const [meeting] = await sql<{ id: number }[]>`
		insert into meetings (network_id, number, title, starts_at, ends_at, is_full_day, format, venue, address, online_url,
			status, cancel_reason, cancelled_at)
		values (${networkId}, ${values.number}, 'Digital kompetens',
			(${values.start}::timestamp at time zone 'Europe/Stockholm'), (${values.end}::timestamp at time zone 'Europe/Stockholm'),
			${values.fullDay ?? false}, ${values.format ?? 'physical'}, 'Göteborgsregionen', 'Anders Personsgatan 8, Göteborg',
			${values.format === 'digital' ? 'https://teams.microsoft.com/l/meetup-join/abc' : null},
			${values.status ?? 'planned'}, ${cancelled ? 'För få anmälda' : null}, ${cancelled ? sql`now()` : null})
		returning id`;
	return meeting.id;
}

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return {
		calendar,
		events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)),
		raw: text
	};
}

describe('network feed', () => {
	it("serves a public network's meetings with stable UIDs, Stockholm times and the agenda", async () => {
		const network = await createNetwork({ isPublic: true, name: 'Öppna rådet' });
		const meetingId = await createMeeting(network.id, {
			number: 7,
			start: '2026-03-29 09:00',
			end: '2026-03-29 12:00'
		});
		await sql`insert into agenda_items (meeting_id, network_id, position, kind, title, duration_minutes)
			values (${meetingId}, ${network.id}, 1, 'information', 'Laget runt', 30),
			       (${meetingId}, ${network.id}, 2, 'decision', 'Handlingsplan', 45)`;
		const response = await get(networkFeed, `/kalender/natverk/${network.slug}.ics`, { slug: network.slug });
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(response.headers.get('cache-control')).toMatch(/^public/);
		const { events, raw } = parse(await response.text());
		expect(events).toHaveLength(1);
		expect(events[0].uid).toBe(`meeting-${meetingId}@samverka`);
		expect(events[0].summary).toBe('Test: Möte nr 7 – Digital kompetens');
		// the day DST starts: 09:00 in Stockholm is 07:00 UTC
		expect(events[0].startDate.toJSDate().toISOString()).toBe('2026-03-29T07:00:00.000Z');
		expect(raw).toContain('DTSTART;TZID=Europe/Stockholm:20260329T090000');
		expect(events[0].location).toBe('Göteborgsregionen, Anders Personsgatan 8, Göteborg');
		expect(events[0].description).toContain('1. Laget runt [I] – ca 09.00');
		expect(events[0].description).toContain('2. Handlingsplan [B] – ca 09.30');
		expect(raw).toMatch(/X-WR-CALNAME:Test – möten/);
		expect(raw).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
	});

	it('answers 304 to a client that has the current version, and 200 again after a change', async () => {
		const network = await createNetwork({ isPublic: true });
		const meetingId = await createMeeting(network.id, {
			number: 1,
			start: '2026-12-01 09:00',
			end: '2026-12-01 12:00'
		});
		const path = `/kalender/natverk/${network.slug}.ics`;
		const first = await get(networkFeed, path, { slug: network.slug });
		const etag = first.headers.get('etag')!;
		const again = await get(networkFeed, path, { slug: network.slug }, { 'if-none-match': etag });
		expect(again.status).toBe(304);
		await sql`update meetings set starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour',
			sequence = sequence + 1 where id = ${meetingId}`;
		const moved = await get(networkFeed, path, { slug: network.slug }, { 'if-none-match': etag });
		expect(moved.status).toBe(200);
		const { events } = parse(await moved.text());
		expect(events[0].uid).toBe(`meeting-${meetingId}@samverka`);
		expect(events[0].sequence).toBe(1);
		expect(events[0].startDate.toJSDate().toISOString()).toBe('2026-12-01T09:00:00.000Z');
	});

	it('notices agenda changes, including a guest added to an item', async () => {
		const network = await createNetwork({ isPublic: true });
		const meetingId = await createMeeting(network.id, {
			number: 1,
			start: '2026-12-01 09:00',
			end: '2026-12-01 12:00'
		});
		const [item] = await sql<
			{ id: number }[]
		>`insert into agenda_items (meeting_id, network_id, position, kind, title)
			values (${meetingId}, ${network.id}, 1, 'discussion', 'AI-arenan') returning id`;
		const path = `/kalender/natverk/${network.slug}.ics`;
		const etag = (await get(networkFeed, path, { slug: network.slug })).headers.get('etag')!;
		await sql`insert into agenda_guests (agenda_item_id, name, email) values (${item.id}, 'Gästa Gästsson', 'gast@samverka.example')`;
		const changed = await get(networkFeed, path, { slug: network.slug }, { 'if-none-match': etag });
		expect(changed.status).toBe(200);
		expect(parse(await changed.text()).events[0].description).toContain('(Gästa Gästsson)');
	});

	it('keeps cancelled meetings as cancelled for 60 days, and full days as all-day events', async () => {
		const network = await createNetwork({ isPublic: true });
		const cancelled = await createMeeting(network.id, {
			number: 2,
			start: '2026-12-08 09:00',
			end: '2026-12-08 12:00',
			status: 'cancelled'
		});
		const old = await createMeeting(network.id, {
			number: 3,
			start: '2026-09-08 09:00',
			end: '2026-09-08 12:00',
			status: 'cancelled'
		});
		await sql`update meetings set cancelled_at = now() - interval '61 days' where id = ${old}`;
		await createMeeting(network.id, {
			number: 4,
			start: '2027-01-12 09:00',
			end: '2027-01-12 16:00',
			fullDay: true
		});
		const { events, raw } = parse(
			await (await get(networkFeed, `/kalender/natverk/${network.slug}.ics`, { slug: network.slug })).text()
		);
		expect(events.map((e) => e.uid)).toEqual([
			`meeting-${cancelled}@samverka`,
			expect.stringMatching(/^meeting-\d+@samverka$/)
		]);
		expect(events[0].summary).toBe('INSTÄLLT: Test: Möte nr 2 – Digital kompetens');
		expect(events[0].component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(events[0].description).toContain('För få anmälda');
		expect(events[1].startDate.isDate).toBe(true);
		expect(raw).toContain('DTSTART;VALUE=DATE:20270112');
	});

	it('shows a digital meeting as "Digitalt (Teams)", with the link only in the members\' feeds', async () => {
		const network = await createNetwork({ isPublic: true });
		const member = await createUser();
		await addMember(network.id, member.id);
		await createMeeting(network.id, {
			number: 5,
			start: '2026-12-15 13:00',
			end: '2026-12-15 15:00',
			format: 'digital'
		});
		// the public feed says what the public meeting page says: no Teams link
		const open = parse(
			await (await get(networkFeed, `/kalender/natverk/${network.slug}.ics`, { slug: network.slug })).text()
		);
		expect(open.events[0].location).toBe('Digitalt (Teams)');
		expect(open.raw).not.toContain('teams.microsoft.com');
		expect(open.raw).not.toContain('CONFERENCE');
		// a member's own feed carries it, as a CONFERENCE property and in the description
		const token = await getOrCreateCalendarToken(member.id);
		const own = parse(await (await get(personalFeed, `/kalender/mig/${token}.ics`, { token })).text());
		expect(own.events[0].location).toBe('Digitalt (Teams)');
		expect(own.raw).toMatch(/CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Teams:https:\/\/teams\.microsoft\.com/);
		expect(own.events[0].description).toContain('https://teams.microsoft.com/l/meetup-join/abc');
	});

	it("hides a private network unless a member's personal token is given", async () => {
		const network = await createNetwork({ isPublic: false });
		await createMeeting(network.id, { number: 1, start: '2026-12-01 09:00', end: '2026-12-01 12:00' });
		const member = await createUser();
		await addMember(network.id, member.id);
		const outsider = await createUser();
		const path = `/kalender/natverk/${network.slug}.ics`;
		expect((await get(networkFeed, path, { slug: network.slug })).status).toBe(404);
		const outsiderToken = await getOrCreateCalendarToken(outsider.id);
		expect((await get(networkFeed, `${path}?nyckel=${outsiderToken}`, { slug: network.slug })).status).toBe(
			404
		);
		const memberToken = await getOrCreateCalendarToken(member.id);
		const response = await get(networkFeed, `${path}?nyckel=${memberToken}`, { slug: network.slug });
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toMatch(/^private/);
	});
});

describe('personal feed', () => {
	it('has the meetings of all my networks, marks my beredning, and dies with a regenerated token', async () => {
		const me = await createUser({ name: 'Mia Medlem' });
		const [a, b, other] = [
			await createNetwork(),
			await createNetwork({ isPublic: true }),
			await createNetwork()
		];
		await addMember(a.id, me.id);
		await addMember(b.id, me.id, 'substitute');
		const m1 = await createMeeting(a.id, { number: 1, start: '2026-12-01 09:00', end: '2026-12-01 12:00' });
		await createMeeting(b.id, { number: 1, start: '2026-12-02 09:00', end: '2026-12-02 12:00' });
		await createMeeting(other.id, { number: 1, start: '2026-12-03 09:00', end: '2026-12-03 12:00' });
		await sql`insert into meeting_beredning (meeting_id, network_id, membership_id)
			select ${m1}, ${a.id}, id from network_memberships where network_id = ${a.id} and user_id = ${me.id}`;

		const token = await getOrCreateCalendarToken(me.id);
		expect(await getOrCreateCalendarToken(me.id)).toBe(token);
		const response = await get(personalFeed, `/kalender/mig/${token}.ics`, { token });
		expect(response.headers.get('cache-control')).toMatch(/^private/);
		const { events } = parse(await response.text());
		expect(events).toHaveLength(2);
		expect(events[0].summary).toBe('Test: Möte nr 1 – Digital kompetens (beredning)');
		expect(events[0].description).toContain('Du ingår i beredningen');
		expect(events[1].summary).not.toContain('beredning');

		const fresh = await regenerateCalendarToken(me.id);
		expect(fresh).not.toBe(token);
		expect((await get(personalFeed, `/kalender/mig/${token}.ics`, { token })).status).toBe(404);
		expect((await get(personalFeed, `/kalender/mig/${fresh}.ics`, { token: fresh })).status).toBe(200);
	});

	it('answers 404 for a made-up token', async () => {
		const token = 'a'.repeat(32);
		expect((await get(personalFeed, `/kalender/mig/${token}.ics`, { token })).status).toBe(404);
	});
});

describe('conference feeds', () => {
	it('serve the published sessions, per edition and per track, with stable UIDs', async () => {
		const { seedBenchConference } = await import('../../bench/data.ts');
		const { GET: conferenceFeed } = await import('../../src/routes/kalender/konferens/[slug].ics/+server.ts');
		const conference = await seedBenchConference(sql);
		const path = `/kalender/konferens/${conference.slug}.ics`;
		const response = await get(conferenceFeed, path, { slug: conference.slug });
		const text = await response.text();
		expect(response.status, text.slice(0, 300)).toBe(200);
		const { events, raw } = parse(text);
		expect(events).toHaveLength(120);
		expect(events[0].summary).toBe('Benchmarkkonferensen 2027: Gemensam förmiddag');
		expect(raw).toContain('DTSTART;TZID=Europe/Stockholm:20270323T090000');
		expect(events.every((e) => /^session-[0-9a-f-]{36}@samverka$/.test(e.uid))).toBe(true);
		expect(events[0].location).toBe('Stora salen, Svenska Mässan');

		const [track] = await sql<
			{ id: number }[]
		>`select id from conference_tracks where name = 'Digital kompetens'`;
		const perTrack = parse(
			await (await get(conferenceFeed, `${path}?spar=${track.id}`, { slug: conference.slug })).text()
		).events;
		// the track's 27 sessions and the 12 joint ones
		expect(perTrack).toHaveLength(39);
		expect(perTrack.some((e) => e.summary.includes('Sjukvårdsspåret'))).toBe(false);
		expect((await get(conferenceFeed, `${path}?spar=999999`, { slug: conference.slug })).status).toBe(404);
	});

	it('are 404 for a draft edition', async () => {
		const { seedBenchConference } = await import('../../bench/data.ts');
		const { GET: conferenceFeed } = await import('../../src/routes/kalender/konferens/[slug].ics/+server.ts');
		const conference = await seedBenchConference(sql, '-utkast');
		await sql`update conferences set status = 'draft' where slug = ${conference.slug}`;
		expect(
			(await get(conferenceFeed, `/kalender/konferens/${conference.slug}.ics`, { slug: conference.slug }))
				.status
		).toBe(404);
	});
});
