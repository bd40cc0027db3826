/**
 * schedule.xml, schedule.json and program.csv through their real GET handlers: valid against the
 * published schemas, stable GUIDs across edits, only the published version for the public, the
 * draft and the CSV only for the working group.
 */
import { describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import type { SessionUser } from '../../src/lib/server/auth/session.ts';
import * as programme from '../../src/lib/server/conferences/programme.ts';
import { GET as xmlGet } from '../../src/routes/konferenser/[slug]/schedule.xml/+server.ts';
import { GET as jsonGet } from '../../src/routes/konferenser/[slug]/schedule.json/+server.ts';
import { GET as csvGet } from '../../src/routes/konferenser/[slug]/program.csv/+server.ts';
import { DAY, buildProgramme, createConference, peopleAround } from './conference-factories.ts';
import { c3vocErrors, frabErrors } from '../fixtures/schedule-schemas/validators.ts';

type Handler = typeof xmlGet;

async function get(
	handler: Handler,
	slug: string,
	user: SessionUser | null,
	options: { query?: string; headers?: Record<string, string> } = {}
): Promise<Response> {
	const url = new URL(`http://localhost:3000/konferenser/${slug}/export${options.query ?? ''}`);
	const event = {
		params: { slug },
		locals: { user, session: null },
		url,
		request: new Request(url, { headers: options.headers })
	};
	try {
		return await handler(event as unknown as Parameters<Handler>[0]);
	} catch (caught) {
		if (isHttpError(caught)) return new Response(caught.body.message, { status: caught.status });
		if (isRedirect(caught))
			return new Response(null, { status: caught.status, headers: { location: caught.location } });
		throw caught;
	}
}

async function publishedConference() {
	const conference = await createConference();
	const built = await buildProgramme(conference);
	const people = await peopleAround(conference.id);
	const result = await programme.publishProgramme(conference, people.coordinator.id, '', { confirm: false });
	if (!result.ok) throw new Error('not published');
	return { conference, people, ...built };
}

describe('schedule.xml and schedule.json', () => {
	it('are valid against the frab XSD and the c3voc JSON schema', async () => {
		const { conference } = await publishedConference();
		const xml = await get(xmlGet, conference.slug, null);
		expect(xml.status).toBe(200);
		expect(xml.headers.get('content-type')).toBe('application/xml; charset=utf-8');
		const xmlText = await xml.text();
		expect(await frabErrors(xmlText)).toEqual([]);
		expect(xmlText).toContain('<title>Digitalisering i människans tjänst 2026</title>');
		expect(xmlText).toContain('<version>1</version>');

		const json = await get(jsonGet, conference.slug, null);
		expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
		const document = (await json.json()) as {
			schedule: { conference: { days: Array<{ rooms: Record<string, Array<Record<string, unknown>>> }> } };
		};
		expect(c3vocErrors(document)).toEqual([]);
		const events = document.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
		expect(events).toHaveLength(6);
		const track = events.find((event) => event.title === 'Vården på distans');
		expect(track).toMatchObject({
			date: `${DAY}T13:00:00+02:00`,
			start: '13:00',
			duration: '01:00',
			room: 'Sal Skaraborg',
			track: 'Sjukvårdsspåret',
			type: 'Spårpass',
			persons: [{ name: 'Sofia Berg', biography: 'Västra Götalandsregionen' }]
		});
		expect(String(track?.url)).toMatch(
			new RegExp(`^http://localhost:3000/konferenser/${conference.slug}/pass/[0-9a-f-]{36}$`)
		);
	});

	it('keep each session’s GUID across edits and versions', async () => {
		const { conference, people, sessions, rooms } = await publishedConference();
		const guidsOf = async () => {
			const xml = await (await get(xmlGet, conference.slug, null)).text();
			return Object.fromEntries(
				[...xml.matchAll(/<event guid="([^"]+)"[\s\S]*?<title>([^<]*)<\/title>/g)].map((match) => [
					match[2],
					match[1]
				])
			);
		};
		const before = await guidsOf();
		expect(before['Digital kompetens för alla']).toBe(sessions.kompetens.guid);
		await programme.moveSession(
			conference,
			sessions.kompetens.id,
			{ roomId: rooms.dalsland, startsAt: `${DAY}T14:20`, endsAt: `${DAY}T15:20` },
			{ confirm: false }
		);
		await programme.publishProgramme(conference, people.coordinator.id, '', { confirm: false });
		const after = await guidsOf();
		expect(after).toEqual(before);
		const xml = await (await get(xmlGet, conference.slug, null)).text();
		expect(xml).toContain('<version>2</version>');
		expect(await frabErrors(xml)).toEqual([]);
	});

	it('show only the published version to the public, and the draft to the working group on request', async () => {
		const { conference, people } = await publishedConference();
		await programme.saveSession(
			conference,
			null,
			{
				title: 'Hemligt utkast',
				abstract: '',
				kind: 'mingle',
				trackId: null,
				roomId: null,
				date: DAY,
				start: '16:00',
				end: '17:00',
				language: 'sv',
				capacity: null,
				speakerIds: [],
				newSpeaker: null
			},
			{ confirm: false }
		);
		expect(await (await get(xmlGet, conference.slug, null)).text()).not.toContain('Hemligt utkast');
		expect(await (await get(jsonGet, conference.slug, people.organiser)).text()).not.toContain(
			'Hemligt utkast'
		);

		const draft = await get(xmlGet, conference.slug, people.organiser, { query: '?utkast' });
		const draftXml = await draft.text();
		expect(draftXml).toContain('Hemligt utkast');
		expect(draftXml).toContain('<version>utkast</version>');
		expect(draft.headers.get('cache-control')).toBe('private, no-store');
		expect(await frabErrors(draftXml)).toEqual([]);

		expect((await get(xmlGet, conference.slug, people.office, { query: '?utkast' })).status).toBe(403);
		expect((await get(xmlGet, conference.slug, people.outsider, { query: '?utkast' })).status).toBe(403);
		expect((await get(xmlGet, conference.slug, null, { query: '?utkast' })).status).toBe(303);
	});

	it('answer 304 to an app that already has the current version', async () => {
		const { conference } = await publishedConference();
		const first = await get(jsonGet, conference.slug, null);
		const etag = first.headers.get('etag');
		expect(etag).toBe(`"${conference.slug}-v1"`);
		const again = await get(jsonGet, conference.slug, null, { headers: { 'if-none-match': etag! } });
		expect(again.status).toBe(304);
	});

	it('are 404 while nothing is published, and for a draft edition to the public', async () => {
		const unpublished = await createConference();
		await buildProgramme(unpublished);
		const missing = await get(xmlGet, unpublished.slug, null);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toBe('Programmet är inte publicerat ännu.');

		const draftEdition = await createConference({ status: 'draft' });
		await buildProgramme(draftEdition);
		const people = await peopleAround(draftEdition.id);
		await programme.publishProgramme(draftEdition, people.coordinator.id, '', { confirm: false });
		expect((await get(xmlGet, draftEdition.slug, null)).status).toBe(404);
		expect((await get(jsonGet, draftEdition.slug, people.outsider)).status).toBe(404);
		expect((await get(jsonGet, draftEdition.slug, people.office)).status).toBe(200);
	});
});

describe('program.csv', () => {
	it.each([
		['admin', 200],
		['coordinator', 200],
		['organiser', 200],
		['office', 200],
		['outsider', 403],
		['anonymous', 303]
	] as const)('answers %s with %i', async (who, status) => {
		const { conference, people } = await publishedConference();
		const response = await get(csvGet, conference.slug, people[who]);
		expect(response.status).toBe(status);
		if (status !== 200) return;
		expect(response.headers.get('content-disposition')).toBe(
			`attachment; filename="program-${conference.slug}.csv"`
		);
		// text() would drop the byte-order mark that makes Excel read UTF-8
		const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
		expect(csv.startsWith('\uFEFFDatum;Start;Slut;Sal;Spår;Typ;Titel;Talare;Kapacitet\r\n')).toBe(true);
		expect(csv).toContain(
			`${DAY};13:00;14:00;Sal Skaraborg;Sjukvårdsspåret;Spårpass;Vården på distans;Sofia Berg (Västra Götalandsregionen);100\r\n`
		);
	});
});
