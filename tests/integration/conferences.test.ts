/**
 * Who may do what with a conference edition, through the real loads and actions of the routes
 * (every action × admin, coordinator, organiser, office, signed-in outsider, anonymous), drafts
 * hidden from the public, the working group's invariants, editing an edition and "Ny upplaga".
 */
import { describe, expect, it } from 'vitest';
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { sql } from '../../src/lib/server/platform/db.ts';
import type { SessionUser } from '../../src/lib/server/auth/session.ts';
import * as conferences from '../../src/lib/server/conferences/conferences.ts';
import * as programme from '../../src/lib/server/conferences/programme.ts';
import * as editionPage from '../../src/routes/konferenser/[slug]/+page.server.ts';
import * as sessionPage from '../../src/routes/konferenser/[slug]/pass/[guid]/+page.server.ts';
import * as editorPage from '../../src/routes/konferenser/[slug]/program/redigera/+page.server.ts';
import * as newSessionPage from '../../src/routes/konferenser/[slug]/program/redigera/pass/ny/+page.server.ts';
import * as editSessionPage from '../../src/routes/konferenser/[slug]/program/redigera/pass/[id]/+page.server.ts';
import * as speakersPage from '../../src/routes/konferenser/[slug]/program/talare/+page.server.ts';
import * as settingsPage from '../../src/routes/konferenser/[slug]/installningar/+page.server.ts';
import * as newEditionPage from '../../src/routes/konferenser/[slug]/ny-upplaga/+page.server.ts';
import { createUser } from './factories.ts';
import { DAY, addRole, buildProgramme, createConference, peopleAround } from './conference-factories.ts';

type Outcome = 'ok' | 'login' | 403 | 404 | 'refused';
type Who = 'admin' | 'coordinator' | 'organiser' | 'office' | 'outsider' | 'anonymous';
const EVERYONE: Who[] = ['admin', 'coordinator', 'organiser', 'office', 'outsider', 'anonymous'];

interface Call {
	slug: string;
	user: SessionUser | null;
	params?: Record<string, string>;
	form?: Record<string, string>;
	query?: string;
}

/** Runs a load or an action as SvelteKit would, and says what the person would get. */
async function outcome(handler: (event: never) => unknown, call: Call): Promise<Outcome> {
	const url = new URL(`http://localhost:3000/konferenser/${call.slug}/x${call.query ?? ''}`);
	const body = call.form ? new URLSearchParams(call.form) : undefined;
	const event = {
		params: { slug: call.slug, ...call.params },
		locals: { user: call.user, session: null },
		url,
		request: new Request(url, { method: body ? 'POST' : 'GET', body }),
		cookies: { get: () => undefined, set: () => {}, delete: () => {} },
		getClientAddress: () => '127.0.0.1'
	};
	try {
		const result = await handler(event as never);
		if (isActionFailure(result)) return 'refused';
		return 'ok';
	} catch (caught) {
		if (isRedirect(caught)) return caught.location.startsWith('/logga-in') ? 'login' : 'ok';
		if (isHttpError(caught) && (caught.status === 403 || caught.status === 404)) return caught.status;
		throw caught;
	}
}

async function published() {
	const conference = await createConference({ status: 'published' });
	const built = await buildProgramme(conference);
	const people = await peopleAround(conference.id);
	await programme.publishProgramme(conference, people.coordinator.id, '', { confirm: false });
	return { conference, people, ...built };
}

type Fixture = Awaited<ReturnType<typeof published>>;

const EDITORS = {
	admin: 'ok',
	coordinator: 'ok',
	organiser: 'ok',
	office: 403,
	outsider: 403,
	anonymous: 'login'
} as const;
const MANAGERS = {
	admin: 'ok',
	coordinator: 'ok',
	organiser: 403,
	office: 403,
	outsider: 403,
	anonymous: 'login'
} as const;
const PUBLIC = {
	admin: 'ok',
	coordinator: 'ok',
	organiser: 'ok',
	office: 'ok',
	outsider: 'ok',
	anonymous: 'ok'
} as const;
const SIGNED_IN = { ...PUBLIC, anonymous: 'login' } as const;

const CASES: Array<{
	action: string;
	expected: Record<Who, Outcome>;
	run: (f: Fixture, user: SessionUser | null) => Promise<Outcome>;
}> = [
	{
		action: 'see the edition and its programme',
		expected: PUBLIC,
		run: (f, user) => outcome(editionPage.load as never, { slug: f.conference.slug, user })
	},
	{
		action: 'see a session page',
		expected: PUBLIC,
		run: (f, user) =>
			outcome(sessionPage.load as never, {
				slug: f.conference.slug,
				user,
				params: { guid: f.sessions.kompetens.guid }
			})
	},
	{
		action: 'mark a session in Mitt program',
		expected: SIGNED_IN,
		run: (f, user) =>
			outcome(editionPage.actions.markera as never, {
				slug: f.conference.slug,
				user,
				form: { guid: f.sessions.kompetens.guid, marked: 'true' }
			})
	},
	{
		action: 'open the programme editor',
		expected: EDITORS,
		run: (f, user) => outcome(editorPage.load as never, { slug: f.conference.slug, user })
	},
	{
		action: 'move a session in the grid',
		expected: EDITORS,
		run: (f, user) =>
			outcome(editorPage.actions.flytta as never, {
				slug: f.conference.slug,
				user,
				form: {
					id: String(f.sessions.kompetens.id),
					roomId: String(f.rooms.dalsland),
					startsAt: `${DAY}T14:20`,
					endsAt: `${DAY}T15:20`
				}
			})
	},
	{
		action: 'add a break across all rooms',
		expected: EDITORS,
		run: (f, user) =>
			outcome(editorPage.actions.paus as never, {
				slug: f.conference.slug,
				user,
				form: { title: 'Paus', kind: 'break', date: DAY, start: '10:00', end: '10:20' }
			})
	},
	{
		action: 'publish a new version',
		expected: EDITORS,
		run: async (f, user) => {
			await programme.setSessionCancelled(f.conference.id, f.sessions.sjukvard.id, true);
			return outcome(editorPage.actions.publicera as never, {
				slug: f.conference.slug,
				user,
				form: { note: '' }
			});
		}
	},
	{
		action: 'add a session with the form',
		expected: EDITORS,
		run: (f, user) =>
			outcome(newSessionPage.actions.spara as never, {
				slug: f.conference.slug,
				user,
				form: {
					title: 'Nytt pass',
					kind: 'track',
					trackId: String(f.tracks.transformation),
					roomId: String(f.rooms.dalsland),
					date: DAY,
					start: '13:00',
					end: '14:00',
					language: 'sv'
				}
			})
	},
	{
		action: 'cancel a session',
		expected: EDITORS,
		run: (f, user) =>
			outcome(editSessionPage.actions.installa as never, {
				slug: f.conference.slug,
				user,
				params: { id: String(f.sessions.kompetens.id) },
				form: { cancelled: 'true' }
			})
	},
	{
		action: 'add a speaker',
		expected: EDITORS,
		run: (f, user) =>
			outcome(speakersPage.actions.spara as never, {
				slug: f.conference.slug,
				user,
				form: { id: '', name: 'Ny Talare' }
			})
	},
	{
		action: 'open the settings',
		expected: EDITORS,
		run: (f, user) => outcome(settingsPage.load as never, { slug: f.conference.slug, user })
	},
	{
		action: 'add a room',
		expected: EDITORS,
		run: (f, user) =>
			outcome(settingsPage.actions.sal as never, {
				slug: f.conference.slug,
				user,
				form: { id: '', name: `Sal ${Math.random()}`, capacity: '40', accessibility: '', position: '9' }
			})
	},
	{
		action: 'add a track',
		expected: EDITORS,
		run: (f, user) =>
			outcome(settingsPage.actions.spar as never, {
				slug: f.conference.slug,
				user,
				form: { id: '', name: `Spår ${Math.random()}`, colour: '#0b5cad', position: '9', description: '' }
			})
	},
	{
		action: 'change the edition’s details',
		expected: MANAGERS,
		run: (f, user) =>
			outcome(settingsPage.actions.detaljer as never, {
				slug: f.conference.slug,
				user,
				form: {
					title: 'Nytt namn',
					startsOn: DAY,
					endsOn: DAY,
					description: '',
					status: 'registration_open'
				}
			})
	},
	{
		action: 'add someone to the working group',
		expected: MANAGERS,
		run: async (f, user) => {
			const person = await createUser();
			return outcome(settingsPage.actions.roll as never, {
				slug: f.conference.slug,
				user,
				form: { email: person.email, role: 'organiser' }
			});
		}
	},
	{
		action: 'create the next edition',
		expected: MANAGERS,
		run: (f, user) =>
			outcome(newEditionPage.actions.skapa as never, {
				slug: f.conference.slug,
				user,
				form: {
					title: 'Nästa år',
					slug: `${f.conference.slug}-nasta`,
					startsOn: '2027-09-14',
					endsOn: '2027-09-14'
				}
			})
	}
];

describe('permissions: every action for every kind of person', () => {
	for (const { action, expected, run } of CASES) {
		it.each(EVERYONE)(`${action}: %s`, async (who) => {
			const fixture = await published();
			const user = fixture.people[who];
			expect(await run(fixture, user)).toBe(expected[who]);
		});
	}

	it('lets the office see registrations-level things but never change the programme', async () => {
		const { conference, people } = await published();
		const before = await programme.loadDraft(conference);
		const access = await conferences.conferenceAccess(conference, people.office);
		expect(access).toMatchObject({
			canView: true,
			canSeeRegistrations: true,
			canEditProgramme: false,
			canManage: false
		});
		const result = await outcome(editorPage.actions.flytta as never, {
			slug: conference.slug,
			user: people.office,
			form: {
				id: String(before.sessions[0]!.id),
				roomId: '',
				startsAt: `${DAY}T08:00`,
				endsAt: `${DAY}T08:30`
			}
		});
		expect(result).toBe(403);
		expect(await programme.loadDraft(conference)).toEqual(before);
	});
});

describe('drafts are invisible to the public', () => {
	it.each([
		['admin', 'ok'],
		['coordinator', 'ok'],
		['organiser', 'ok'],
		['office', 'ok'],
		['outsider', 404],
		['anonymous', 404]
	] as const)('a draft edition for %s: %s', async (who, expected) => {
		const conference = await createConference({ status: 'draft' });
		const people = await peopleAround(conference.id);
		expect(await outcome(editionPage.load as never, { slug: conference.slug, user: people[who] })).toBe(
			expected
		);
	});

	it('answers 404, not 403, when an outsider tries to edit a draft, and sends the anonymous to sign in', async () => {
		const conference = await createConference({ status: 'draft' });
		const people = await peopleAround(conference.id);
		expect(await outcome(editorPage.load as never, { slug: conference.slug, user: people.outsider })).toBe(
			404
		);
		expect(await outcome(editorPage.load as never, { slug: conference.slug, user: null })).toBe('login');
	});

	it('lists drafts only for their working group and administrators', async () => {
		const conference = await createConference({ status: 'draft' });
		const people = await peopleAround(conference.id);
		const slugs = (await conferences.listPublishedConferences()).map((c) => c.slug);
		expect(slugs).not.toContain(conference.slug);
		expect((await conferences.listMyConferences(people.organiser.id)).map((c) => c.slug)).toContain(
			conference.slug
		);
		expect((await conferences.listAllConferences()).map((c) => c.slug)).toContain(conference.slug);
	});

	it('shows the public nothing of a programme before it is published', async () => {
		const conference = await createConference({ status: 'published' });
		await buildProgramme(conference);
		const data = (await editionPage.load({
			params: { slug: conference.slug },
			locals: { user: null, session: null },
			url: new URL(`http://localhost/konferenser/${conference.slug}`)
		} as never)) as { programme: unknown };
		expect(data.programme).toBeNull();
	});
});

describe('accessFor', () => {
	it.each([
		[
			'draft',
			null,
			false,
			{ canView: false, canEditProgramme: false, canManage: false, canSeeRegistrations: false }
		],
		[
			'draft',
			'office',
			false,
			{ canView: true, canEditProgramme: false, canManage: false, canSeeRegistrations: true }
		],
		[
			'draft',
			'organiser',
			false,
			{ canView: true, canEditProgramme: true, canManage: false, canSeeRegistrations: true }
		],
		[
			'draft',
			'coordinator',
			false,
			{ canView: true, canEditProgramme: true, canManage: true, canSeeRegistrations: true }
		],
		[
			'draft',
			null,
			true,
			{ canView: true, canEditProgramme: true, canManage: true, canSeeRegistrations: true }
		],
		[
			'completed',
			null,
			false,
			{ canView: true, canEditProgramme: false, canManage: false, canSeeRegistrations: false }
		]
	] as const)('%s edition, role %s, admin %s', (status, role, isAdmin, expected) => {
		expect(conferences.accessFor(status, role, isAdmin)).toMatchObject(expected);
	});
});

describe('the working group', () => {
	it('always keeps one coordinator, also when two are removed at the same time', async () => {
		const conference = await createConference();
		const people = await peopleAround(conference.id);
		const second = await createUser();
		await addRole(conference.id, second.id, 'coordinator');
		const results = await Promise.all([
			conferences.removeConferenceRole(conference.id, people.coordinator.id),
			conferences.removeConferenceRole(conference.id, second.id)
		]);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		expect(results.find((result) => !result.ok)).toEqual({ ok: false, reason: 'last_coordinator' });
		const group = await conferences.listWorkingGroup(conference.id);
		expect(group.filter((member) => member.role === 'coordinator')).toHaveLength(1);
	});

	it('gives roles by e-mail to people with an account only, and changes a role in place', async () => {
		const conference = await createConference();
		const person = await createUser();
		expect(await conferences.setConferenceRole(conference.id, 'ingen@samverka.example', 'organiser')).toEqual(
			{
				ok: false,
				reason: 'unknown_user'
			}
		);
		expect(await conferences.setConferenceRole(conference.id, person.email.toUpperCase(), 'office')).toEqual({
			ok: true
		});
		expect(await conferences.setConferenceRole(conference.id, person.email, 'organiser')).toEqual({
			ok: true
		});
		expect(await conferences.conferenceRole(conference.id, person.id)).toBe('organiser');
	});
});

describe('editing an edition', () => {
	it('saves the details and drops day windows of dates no longer in the conference', async () => {
		const conference = await createConference({ startsOn: DAY, endsOn: '2026-09-16' });
		await programme.saveDay(conference, { date: '2026-09-16', start: '09:00', end: '15:00' });
		await conferences.updateConference(conference.id, {
			title: 'Digitalisering i människans tjänst 2026',
			startsOn: DAY,
			endsOn: DAY,
			venue: 'Svenska Mässan',
			address: null,
			description: 'Ny text',
			contactEmail: 'konferens@samverka.example',
			status: 'registration_open'
		});
		const [{ count }] = await sql<{ count: number }[]>`
			select count(*) from conference_days where conference_id = ${conference.id}`;
		expect(count).toBe(0);
		expect(await conferences.getConferenceBySlug(conference.slug)).toMatchObject({
			endsOn: DAY,
			status: 'registration_open',
			description: 'Ny text'
		});
	});

	it('refuses bad details with Swedish messages', async () => {
		const { conference, people } = await published();
		const url = new URL(`http://localhost/konferenser/${conference.slug}/installningar`);
		const result = await settingsPage.actions.detaljer({
			params: { slug: conference.slug },
			locals: { user: people.coordinator, session: null },
			url,
			request: new Request(url, {
				method: 'POST',
				body: new URLSearchParams({
					title: '',
					startsOn: '2026-09-16',
					endsOn: '2026-09-15',
					status: 'okänd',
					contactEmail: 'inte en adress'
				})
			})
		} as never);
		expect(isActionFailure(result)).toBe(true);
		expect((result as { data: { errors: Record<string, string> } }).data.errors).toEqual({
			title: 'Ange konferensens namn.',
			endsOn: 'Slutdatumet kan inte vara före startdatumet.',
			status: 'Välj en status i listan.',
			contactEmail: 'Ange en giltig e-postadress, till exempel namn@kommun.se.'
		});
	});

	it('refuses a track colour that fails the contrast checks, saying how far off it is', async () => {
		const { conference, people } = await published();
		const url = new URL(`http://localhost/konferenser/${conference.slug}/installningar`);
		const result = await settingsPage.actions.spar({
			params: { slug: conference.slug },
			locals: { user: people.organiser, session: null },
			url,
			request: new Request(url, {
				method: 'POST',
				body: new URLSearchParams({ id: '', name: 'Beige spår', colour: '#E6D5B8', position: '5' })
			})
		} as never);
		expect((result as { data: { errors: Record<string, string> } }).data.errors.colour).toBe(
			'Färgen syns för dåligt mot den vita sidan (kontrast 1,4:1, minst 3:1 behövs). Välj en mörkare färg.'
		);
		expect((await programme.listTracks(conference.id)).map((track) => track.name)).not.toContain(
			'Beige spår'
		);
	});
});

describe('Ny upplaga', () => {
	it('copies rooms, tracks, day times and slots, but no speakers, content or versions', async () => {
		const { conference } = await published();
		await programme.saveDay(conference, { date: DAY, start: '08:30', end: '17:00' });
		const source = (await conferences.getConferenceBySlug(conference.slug))!;
		const result = await programme.createNextEdition(source, {
			slug: `${conference.slug}-2027`,
			title: 'Digitalisering i människans tjänst 2027',
			startsOn: '2027-09-14',
			endsOn: '2027-09-14'
		});
		expect(result).toMatchObject({ ok: true, sessions: 6, droppedSessions: 0 });
		const copy = (await conferences.getConferenceBySlug(`${conference.slug}-2027`))!;
		expect(copy).toMatchObject({
			status: 'draft',
			copiedFromSlug: conference.slug,
			venue: 'Svenska Mässan, Göteborg'
		});

		const draft = await programme.loadDraft(copy);
		expect(draft.days).toEqual([{ date: '2027-09-14', start: '08:30', end: '17:00' }]);
		expect(draft.rooms.map((room) => [room.name, room.capacity])).toEqual([
			['Sal Götaland', 400],
			['Sal Bohuslän', 120],
			['Sal Dalsland', 80],
			['Sal Skaraborg', 100]
		]);
		expect(draft.tracks.map((track) => track.name)).toEqual([
			'Västsvenska möjligheter',
			'Digital kompetens',
			'Digital transformation',
			'Sjukvårdsspåret'
		]);
		expect(draft.speakers).toEqual([]);
		expect(draft.sessions.map((s) => [s.startsAt.slice(11), s.title])).toEqual([
			['09:00', 'Välkommen'],
			['12:00', 'Lunch'],
			['13:00', 'Spårpass – Västsvenska möjligheter'],
			['13:00', 'Spårpass – Digital kompetens'],
			['13:00', 'Spårpass – Sjukvårdsspåret'],
			['15:30', 'Gemensam avslutning']
		]);
		expect(draft.sessions.every((s) => s.speakers.length === 0 && s.abstract === '')).toBe(true);
		// New sessions, new GUIDs: the old edition's calendar entries are not the new one's.
		const oldGuids = new Set((await programme.loadDraft(conference)).sessions.map((s) => s.guid));
		expect(draft.sessions.some((s) => oldGuids.has(s.guid))).toBe(false);
		expect(await programme.getPublished(copy.id)).toBeNull();
		expect(programme.programmeConflicts(draft)).toEqual([]);
		// The working group comes along, so the coordinator can carry on at once.
		expect((await conferences.listWorkingGroup(copy.id)).map((member) => member.role).sort()).toEqual([
			'coordinator',
			'office',
			'organiser'
		]);
	});

	it('refuses an address that is taken, and leaves nothing behind', async () => {
		const { conference } = await published();
		const other = await createConference();
		const source = (await conferences.getConferenceBySlug(conference.slug))!;
		const [{ before }] = await sql<{ before: number }[]>`select count(*) as before from conference_rooms`;
		const result = await programme.createNextEdition(source, {
			slug: other.slug,
			title: 'Krock',
			startsOn: '2027-09-14',
			endsOn: '2027-09-14'
		});
		expect(result).toEqual({
			ok: false,
			errors: { slug: `Adressen ${other.slug} används redan av en annan konferens. Välj en annan.` }
		});
		const [{ after }] = await sql<{ after: number }[]>`select count(*) as after from conference_rooms`;
		expect(after).toBe(before);
	});
});
