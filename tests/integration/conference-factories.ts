/**
 * Factories for conference editions and their programmes: real rows, no mocks. The programme is
 * the 2020 format (a joint morning, four tracks in the afternoon, a joint closing) on a date that
 * is a normal autumn Tuesday, built through the server module so every row is as the app writes it.
 */
import { sql } from '../../src/lib/server/platform/db.ts';
import * as conferences from '../../src/lib/server/conferences/conferences.ts';
import * as programme from '../../src/lib/server/conferences/programme.ts';
import type { ConferenceRole, ConferenceStatus } from '../../src/lib/server/conferences/conferences.ts';
import type { SessionInput } from '../../src/lib/server/conferences/programme.ts';
import { createUser } from './factories.ts';

let counter = 0;
const unique = () => `${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

export const DAY = '2026-09-15';

export async function createConference(
	overrides: { status?: ConferenceStatus; startsOn?: string; endsOn?: string; title?: string } = {}
) {
	const [series] = await sql<{ id: number }[]>`
		insert into conference_series (slug, name) values (${`serie-${unique()}`}, 'Digitalisering i människans tjänst')
		returning id`;
	const slug = `dimt-${unique()}`.toLowerCase();
	await sql`
		insert into conferences (series_id, slug, title, starts_on, ends_on, venue, status, description)
		values (${series!.id}, ${slug}, ${overrides.title ?? 'Digitalisering i människans tjänst 2026'},
			${overrides.startsOn ?? DAY}, ${overrides.endsOn ?? overrides.startsOn ?? DAY}, 'Svenska Mässan, Göteborg',
			${overrides.status ?? 'published'}, 'En dag om digitalisering.')`;
	const conference = await conferences.getConferenceBySlug(slug);
	if (!conference) throw new Error('conference not created');
	return conference;
}

export async function addRole(conferenceId: number, userId: number, role: ConferenceRole) {
	await sql`insert into conference_roles (conference_id, user_id, role) values (${conferenceId}, ${userId}, ${role})`;
}

/** The six kinds of people the permission tests go through. */
export async function peopleAround(conferenceId: number) {
	const admin = await createUser({ isAdmin: true, name: 'Ada Administratör' });
	const coordinator = await createUser({ name: 'Linnea Samordnare' });
	const organiser = await createUser({ name: 'Gunilla Arbetsgrupp' });
	const office = await createUser({ name: 'Petra Kansli' });
	const outsider = await createUser({ name: 'Olle Utomstående' });
	await addRole(conferenceId, coordinator.id, 'coordinator');
	await addRole(conferenceId, organiser.id, 'organiser');
	await addRole(conferenceId, office.id, 'office');
	const asSession = (user: { id: number; email: string; name: string }, isAdmin = false) => ({
		id: user.id,
		email: user.email,
		name: user.name,
		isAdmin
	});
	return {
		admin: asSession(admin, true),
		coordinator: asSession(coordinator),
		organiser: asSession(organiser),
		office: asSession(office),
		outsider: asSession(outsider),
		anonymous: null
	};
}

export function sessionInput(overrides: Partial<SessionInput> = {}): SessionInput {
	return {
		title: 'Ett pass',
		abstract: '',
		kind: 'plenary',
		trackId: null,
		roomId: null,
		date: DAY,
		start: '09:00',
		end: '10:00',
		language: 'sv',
		capacity: null,
		speakerIds: [],
		newSpeaker: null,
		...overrides
	};
}

type Conf = Awaited<ReturnType<typeof createConference>>;

async function must<T extends { ok: boolean }>(result: Promise<T>): Promise<Extract<T, { ok: true }>> {
	const value = await result;
	if (!value.ok) throw new Error(`factory write failed: ${JSON.stringify(value)}`);
	return value as Extract<T, { ok: true }>;
}

/** Rooms, tracks, speakers and the day of the 2020 format, saved through the server module. */
export async function buildProgramme(conference: Conf) {
	const room = async (name: string, capacity: number, position: number) =>
		(await must(programme.saveRoom(conference.id, null, { name, capacity, accessibility: '', position }))).id;
	const rooms = {
		gotaland: await room('Sal Götaland', 400, 0),
		bohuslan: await room('Sal Bohuslän', 120, 1),
		dalsland: await room('Sal Dalsland', 80, 2),
		skaraborg: await room('Sal Skaraborg', 100, 3)
	};
	const track = async (name: string, colour: string, position: number) =>
		(
			await must(
				programme.saveTrack(conference.id, null, { name, colour, description: '', position, leadName: null })
			)
		).id;
	const tracks = {
		vastsvenska: await track('Västsvenska möjligheter', '#1f6f8b', 1),
		kompetens: await track('Digital kompetens', '#8a3b12', 2),
		transformation: await track('Digital transformation', '#2e6b30', 3),
		sjukvard: await track('Sjukvårdsspåret', '#6a3d9a', 4)
	};
	const speaker = async (name: string, organisation: string) =>
		(await must(programme.saveSpeaker(conference.id, null, { name, title: null, organisation, bio: '' }))).id;
	const speakers = {
		karin: await speaker('Karin Ek', 'Västra Götalandsregionen'),
		maria: await speaker('Maria Lindström', 'Göteborgsregionen'),
		sofia: await speaker('Sofia Berg', 'Västra Götalandsregionen')
	};
	const save = async (overrides: Partial<SessionInput>) =>
		must(programme.saveSession(conference, null, sessionInput(overrides), { confirm: false }));
	const sessions = {
		welcome: await save({
			title: 'Välkommen',
			roomId: rooms.gotaland,
			start: '09:00',
			end: '09:30',
			speakerIds: [speakers.karin]
		}),
		lunch: await save({ title: 'Lunch', kind: 'lunch', start: '12:00', end: '13:00' }),
		vastsvenska: await save({
			title: 'Öppna data i Västra Götaland',
			kind: 'track',
			trackId: tracks.vastsvenska,
			roomId: rooms.gotaland,
			start: '13:00',
			end: '14:00',
			speakerIds: [speakers.maria]
		}),
		kompetens: await save({
			title: 'Digital kompetens för alla',
			kind: 'track',
			trackId: tracks.kompetens,
			roomId: rooms.bohuslan,
			start: '13:00',
			end: '14:00'
		}),
		sjukvard: await save({
			title: 'Vården på distans',
			kind: 'track',
			trackId: tracks.sjukvard,
			roomId: rooms.skaraborg,
			start: '13:00',
			end: '14:00',
			speakerIds: [speakers.sofia]
		}),
		closing: await save({
			title: 'Gemensam avslutning',
			kind: 'closing',
			roomId: rooms.gotaland,
			start: '15:30',
			end: '16:00',
			speakerIds: [speakers.karin]
		})
	};
	return { rooms, tracks, speakers, sessions };
}
