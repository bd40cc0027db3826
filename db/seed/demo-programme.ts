/**
 * Demo programmes for the editions of "Digitalisering i människans tjänst" that db/seed/demo.ts
 * creates: rooms at Svenska Mässan, the tracks, invented speakers and sessions in the format kept
 * from year to year (docs/domain.md: a joint morning, parallel tracks in the afternoon, a joint closing
 * and mingle), and published versions. The coming edition has two versions, so its public page
 * shows a short change log; last year's has one.
 *
 * Runs inside seedDemo's transaction. Idempotent on its own as well: an edition that already has
 * rooms is left alone.
 *
 * Run by Vite and by plain Node with type stripping (db/cli.ts), like demo.ts: erasable TypeScript,
 * relative imports with `.ts`, and only type imports from src (its modules import each other as
 * `.js`, which plain Node cannot resolve). The published snapshot is therefore read back here the
 * way src/lib/server/conferences/programme.ts loadDraft reads it.
 */
import { DateTime } from 'luxon';
import type { TransactionSql } from '../../src/lib/server/platform/db.ts';
import type {
	ProgrammeChange,
	ProgrammeSession,
	ProgrammeSnapshot,
	ProgrammeSpeaker
} from '../../src/lib/domain/conferences/published-programme.ts';

const ZONE = 'Europe/Stockholm';
const SERIES_SLUG = 'digitalisering-i-manniskans-tjanst';

const ROOMS = [
	{
		name: 'Sal Götaland',
		capacity: 450,
		accessibility: 'Hörslinga, rullstolsplatser på första raden och ramp till scenen. Textning på storbild.'
	},
	{ name: 'Sal Bohuslän', capacity: 120, accessibility: 'Hörslinga. Entré i markplan.' },
	{ name: 'Sal Dalsland', capacity: 80, accessibility: 'Hiss från entréplan. Ingen hörslinga.' },
	{ name: 'Sal Skaraborg', capacity: 100, accessibility: 'Hörslinga. Entré i markplan.' }
];

// Colours that pass the contrast checks (#lib/domain/colour-contrast.ts).
const TRACK_COLOURS = ['#1f6f8b', '#8a3b12', '#2e6b30', '#6a3d9a'];

const TRACKS_2020 = [
	{
		name: 'Västsvenska möjligheter',
		description: 'Samverkan och satsningar som lyfter hela Västra Götaland.'
	},
	{
		name: 'Digital kompetens',
		description: 'Hur medarbetare, chefer och invånare får de digitala färdigheter som behövs.'
	},
	{ name: 'Digital transformation', description: 'Från e-tjänster till nya sätt att bedriva verksamhet.' },
	{ name: 'Sjukvårdsspåret', description: 'Lärdomar från covid-19: vård och omsorg på distans.' }
];
const TRACKS_CURRENT = [
	TRACKS_2020[0]!,
	TRACKS_2020[1]!,
	TRACKS_2020[2]!,
	{
		name: 'AI i offentlig sektor',
		description: 'Generativ AI, upphandling och ansvarsfull användning i kommuner och region.'
	}
];

interface SpeakerSeed {
	name: string;
	title: string;
	organisation: string;
	bio: string;
}

const SPEAKERS: Record<string, SpeakerSeed> = {
	moderator: {
		name: 'Karin Ek',
		title: 'Samordnare',
		organisation: 'Västra Götalandsregionen',
		bio: 'Karin leder dagen och har samordnat Regionala digitaliseringsrådet sedan starten.'
	},
	keynote: {
		name: 'Johan Åberg',
		title: 'Professor i informatik',
		organisation: 'Göteborgs universitet',
		bio: 'Johan forskar om digitalisering i offentlig sektor och hur den förändrar mötet med invånarna.'
	},
	magnus: {
		name: 'Magnus Hedlund',
		title: 'Samordnare, Regionala digitaliseringsrådet',
		organisation: 'Västra Götalandsregionen',
		bio: 'Magnus är ordförande i Regionala digitaliseringsrådet.'
	},
	gunilla: {
		name: 'Gunilla Falk',
		title: 'Enhetschef',
		organisation: 'Länsstyrelsen i Västra Götalands län',
		bio: 'Gunilla arbetar med säker digital kommunikation mellan myndigheter och kommuner.'
	},
	jenny: {
		name: 'Jenny Alm',
		title: 'Digitaliseringsstrateg',
		organisation: 'Skaraborgs kommunalförbund',
		bio: 'Jenny driver kompetensnätverket för digitaliseringsstrateger i Skaraborg.'
	},
	henrik: {
		name: 'Henrik Ståhl',
		title: 'IKT-strateg',
		organisation: 'Boråsregionen Sjuhärads kommunalförbund',
		bio: 'Henrik har lett införandet av gemensamma e-tjänster i Sjuhärad.'
	},
	lena: {
		name: 'Lena Axelsson',
		title: 'Digitaliseringsstrateg',
		organisation: 'Fyrbodals kommunalförbund',
		bio: 'Lena samordnar E-råd Fyrbodal.'
	},
	cecilia: {
		name: 'Cecilia Dahlberg',
		title: 'Forskare, Kommunakademin Väst',
		organisation: 'Högskolan Väst',
		bio: 'Cecilia forskar om hur kommuner organiserar sitt digitaliseringsarbete.'
	},
	sofia: {
		name: 'Sofia Berg',
		title: 'Överläkare',
		organisation: 'Västra Götalandsregionen',
		bio: 'Sofia ledde omställningen till digitala vårdmöten under pandemin.'
	},
	robert: {
		name: 'Robert Lindahl',
		title: 'CDO',
		organisation: 'Göteborgs Stad',
		bio: 'Robert ansvarar för Göteborgs Stads digitaliseringsstrategi.'
	}
};

type Kind = 'plenary' | 'track' | 'break' | 'lunch' | 'mingle' | 'closing';

interface SessionSeed {
	title: string;
	kind: Kind;
	start: string;
	end: string;
	/** index into ROOMS; undefined: the whole venue */
	room?: number;
	/** index into the edition's tracks */
	track?: number;
	speakers?: string[];
	abstract?: string;
	language?: 'sv' | 'en';
}

function programmeFor(trackNames: string[]): SessionSeed[] {
	const [west, skills, transformation, fourth] = [0, 1, 2, 3];
	const fourthIsHealth = trackNames[3] === 'Sjukvårdsspåret';
	return [
		{ title: 'Registrering och kaffe', kind: 'break', start: '08:30', end: '09:00' },
		{
			title: 'Välkommen till Digitalisering i människans tjänst',
			kind: 'plenary',
			start: '09:00',
			end: '09:15',
			room: 0,
			speakers: ['moderator'],
			abstract: 'Dagens moderator hälsar välkommen och går igenom dagen.'
		},
		{
			title: 'Digitalisering i människans tjänst – vart är vi på väg?',
			kind: 'plenary',
			start: '09:15',
			end: '10:00',
			room: 0,
			speakers: ['keynote'],
			abstract:
				'Om digitaliseringens möjligheter för invånare, företag och medarbetare – och vad som krävs av oss.'
		},
		{ title: 'Förmiddagsfika', kind: 'break', start: '10:00', end: '10:30' },
		{
			title: 'Regionala digitaliseringsrådet: året som gått',
			kind: 'plenary',
			start: '10:30',
			end: '11:15',
			room: 0,
			speakers: ['magnus'],
			abstract: 'Öppna data, SDK och Smart Region Västra Götaland: vad har hänt och vad händer härnäst?'
		},
		{
			title: 'Panelsamtal: samverkan över kommungränserna',
			kind: 'plenary',
			start: '11:15',
			end: '12:00',
			room: 0,
			speakers: ['moderator', 'lena', 'henrik', 'jenny']
		},
		{ title: 'Lunch', kind: 'lunch', start: '12:00', end: '13:00' },
		{
			title: 'Öppna data i Västra Götaland',
			kind: 'track',
			track: west,
			start: '13:00',
			end: '14:00',
			room: 0,
			speakers: ['robert'],
			abstract: 'Vilka data kan kommunerna dela, och vad har invånarna för nytta av dem?'
		},
		{
			title: 'Digital kompetens för alla medarbetare',
			kind: 'track',
			track: skills,
			start: '13:00',
			end: '14:00',
			room: 1,
			speakers: ['jenny'],
			abstract: 'Erfarenheter från Skaraborgs kompetenslyft för chefer och medarbetare.'
		},
		{
			title: 'Från e-tjänst till ny verksamhet',
			kind: 'track',
			track: transformation,
			start: '13:00',
			end: '14:00',
			room: 2,
			speakers: ['henrik']
		},
		fourthIsHealth
			? {
					title: 'Lessons learned: covid-19 och vården på distans',
					kind: 'track',
					track: fourth,
					start: '13:00',
					end: '14:00',
					room: 3,
					speakers: ['sofia'],
					abstract: 'Vad lärde vi oss när vårdmötena blev digitala över en natt?'
				}
			: {
					title: 'Generativ AI i kommunen – var börjar vi?',
					kind: 'track',
					track: fourth,
					start: '13:00',
					end: '14:00',
					room: 3,
					speakers: ['cecilia'],
					abstract: 'Forskning och erfarenheter från de första kommunerna som prövat generativ AI.'
				},
		{ title: 'Eftermiddagsfika', kind: 'break', start: '14:00', end: '14:30' },
		{
			title: 'Bredband och digital infrastruktur på landsbygden',
			kind: 'track',
			track: west,
			start: '14:30',
			end: '15:30',
			room: 0,
			speakers: ['lena']
		},
		{
			title: 'Digital skills in the public sector',
			kind: 'track',
			track: skills,
			start: '14:30',
			end: '15:30',
			room: 1,
			speakers: ['cecilia'],
			language: 'en',
			abstract: 'A comparison of how Nordic municipalities build digital skills.'
		},
		{
			title: 'Säker digital kommunikation (SDK) i länet',
			kind: 'track',
			track: transformation,
			start: '14:30',
			end: '15:30',
			room: 2,
			speakers: ['gunilla']
		},
		fourthIsHealth
			? {
					title: 'Digitala vårdmöten och äldreomsorgen',
					kind: 'track',
					track: fourth,
					start: '14:30',
					end: '15:30',
					room: 3,
					speakers: ['sofia']
				}
			: {
					title: 'Upphandla AI ansvarsfullt',
					kind: 'track',
					track: fourth,
					start: '14:30',
					end: '15:30',
					room: 3,
					speakers: ['robert']
				},
		{
			title: 'Gemensam avslutning',
			kind: 'closing',
			start: '15:45',
			end: '16:15',
			room: 0,
			speakers: ['moderator']
		},
		{ title: 'Mingel', kind: 'mingle', start: '16:15', end: '17:30' }
	];
}

function instant(date: string, time: string): Date {
	return DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toJSDate();
}

function local(value: Date): string {
	return DateTime.fromJSDate(value, { zone: ZONE }).toFormat("yyyy-MM-dd'T'HH:mm");
}

export async function seedDemoProgramme(tx: TransactionSql): Promise<{ editions: number; sessions: number }> {
	const editions = await tx<
		{
			id: number;
			slug: string;
			title: string;
			startsOn: string;
			endsOn: string;
			venue: string | null;
			status: string;
		}[]
	>`
		select c.id, c.slug, c.title, c.starts_on, c.ends_on, c.venue, c.status
		from conferences c join conference_series s on s.id = c.series_id
		where s.slug = ${SERIES_SLUG}
			and not exists (select 1 from conference_rooms r where r.conference_id = c.id)
		order by c.starts_on`;
	let sessionCount = 0;
	for (const edition of editions) {
		const completed = edition.status === 'completed';
		const tracks = completed ? TRACKS_2020 : TRACKS_CURRENT;
		const roomIds: number[] = [];
		for (const [position, room] of ROOMS.entries()) {
			const [row] = await tx<{ id: number }[]>`
				insert into conference_rooms (conference_id, name, capacity, accessibility, position)
				values (${edition.id}, ${room.name}, ${room.capacity}, ${room.accessibility}, ${position})
				returning id`;
			roomIds.push(row!.id);
		}
		const trackIds: number[] = [];
		for (const [position, track] of tracks.entries()) {
			const [row] = await tx<{ id: number }[]>`
				insert into conference_tracks (conference_id, name, description, colour, position)
				values (${edition.id}, ${track.name}, ${track.description}, ${TRACK_COLOURS[position]!}, ${position + 1})
				returning id`;
			trackIds.push(row!.id);
		}
		const speakerIds = new Map<string, number>();
		for (const [key, speaker] of Object.entries(SPEAKERS)) {
			const [row] = await tx<{ id: number }[]>`
				insert into conference_speakers (conference_id, name, title, organisation, bio)
				values (${edition.id}, ${speaker.name}, ${speaker.title}, ${speaker.organisation}, ${speaker.bio})
				returning id`;
			speakerIds.set(key, row!.id);
		}
		const sessionIds = new Map<string, number>();
		for (const session of programmeFor(tracks.map((track) => track.name))) {
			const [row] = await tx<{ id: number }[]>`
				insert into programme_sessions (conference_id, title, abstract, kind, track_id, room_id, starts_at, ends_at, language)
				values (${edition.id}, ${session.title}, ${session.abstract ?? ''}, ${session.kind},
					${session.track === undefined ? null : trackIds[session.track]!},
					${session.room === undefined ? null : roomIds[session.room]!},
					${instant(edition.startsOn, session.start)}, ${instant(edition.startsOn, session.end)},
					${session.language ?? 'sv'})
				returning id`;
			sessionIds.set(session.title, row!.id);
			for (const [position, key] of (session.speakers ?? []).entries()) {
				await tx`
					insert into programme_session_speakers (conference_id, session_id, speaker_id, position)
					values (${edition.id}, ${row!.id}, ${speakerIds.get(key)!}, ${position})`;
			}
			sessionCount++;
		}

		const first = await snapshotOf(tx, edition);
		await publish(tx, edition.id, 1, first, [], 'Programmet är klart.');
		if (!completed) {
			// A late change, so the public page has something in its change log: two afternoon
			// sessions swap rooms and the panel grows.
			const moved = sessionIds.get('Digital kompetens för alla medarbetare')!;
			await tx`update programme_sessions set room_id = ${roomIds[2]!} where id = ${moved}`;
			await tx`update programme_sessions set room_id = ${roomIds[1]!}
				where id = ${sessionIds.get('Från e-tjänst till ny verksamhet')!}`;
			await tx`update programme_sessions set title = 'Panelsamtal: samverkan över kommun- och regiongränserna'
				where id = ${sessionIds.get('Panelsamtal: samverkan över kommungränserna')!}`;
			const second = await snapshotOf(tx, edition);
			await publish(tx, edition.id, 2, second, diff(first, second), 'Två spårpass har bytt sal.');
		}
	}
	return { editions: editions.length, sessions: sessionCount };
}

async function publish(
	tx: TransactionSql,
	conferenceId: number,
	number: number,
	snapshot: ProgrammeSnapshot,
	changes: ProgrammeChange[],
	note: string
) {
	await tx`
		insert into programme_versions (conference_id, number, snapshot, changes, note, published_by)
		values (${conferenceId}, ${number}, ${tx.json(snapshot as never)}, ${tx.json(changes as never)}, ${note},
			(select user_id from conference_roles where conference_id = ${conferenceId} and role = 'coordinator' limit 1))`;
}

/** The programme as published, read back as src/lib/server/conferences/programme.ts does. */
async function snapshotOf(
	tx: TransactionSql,
	edition: { id: number; slug: string; title: string; startsOn: string; endsOn: string; venue: string | null }
): Promise<ProgrammeSnapshot> {
	const rooms = await tx<{ id: number; name: string; capacity: number | null; accessibility: string }[]>`
		select id, name, capacity, accessibility from conference_rooms where conference_id = ${edition.id} order by position, id`;
	const tracks = await tx<
		{
			id: number;
			name: string;
			colour: string;
			order: number;
			description: string;
			leadName: string | null;
		}[]
	>`
		select id, name, colour, position as "order", description, lead_name from conference_tracks
		where conference_id = ${edition.id} order by position, id`;
	const speakerRows = await tx<
		{ id: number; name: string; title: string | null; organisation: string | null; bio: string }[]
	>`
		select id, name, title, organisation, bio from conference_speakers where conference_id = ${edition.id}
		order by lower(name), id`;
	const speakers: ProgrammeSpeaker[] = speakerRows.map((row) => ({
		id: row.id,
		name: row.name,
		...(row.title ? { title: row.title } : {}),
		...(row.organisation ? { organisation: row.organisation } : {}),
		bio: row.bio
	}));
	const links = await tx<{ sessionId: number; speakerId: number }[]>`
		select session_id, speaker_id from programme_session_speakers where conference_id = ${edition.id}
		order by session_id, position, speaker_id`;
	const rows = await tx<
		{
			id: number;
			guid: string;
			title: string;
			abstract: string;
			kind: Kind;
			trackId: number | null;
			roomId: number | null;
			startsAt: Date;
			endsAt: Date;
			language: 'sv' | 'en';
			capacity: number | null;
			sequence: number;
			cancelledAt: Date | null;
		}[]
	>`
		select id, guid, title, abstract, kind, track_id, room_id, starts_at, ends_at, language, capacity, sequence, cancelled_at
		from programme_sessions where conference_id = ${edition.id}`;
	const byId = new Map(speakers.map((speaker) => [speaker.id, speaker]));
	const sessions: ProgrammeSession[] = rows
		.map((row) => ({
			id: row.id,
			guid: row.guid,
			title: row.title,
			abstract: row.abstract,
			kind: row.kind,
			trackId: row.trackId,
			roomId: row.roomId,
			startsAt: local(row.startsAt),
			endsAt: local(row.endsAt),
			speakers: links.filter((link) => link.sessionId === row.id).map((link) => byId.get(link.speakerId)!),
			language: row.language,
			capacity: row.capacity,
			sequence: row.sequence,
			cancelled: row.cancelledAt !== null
		}))
		.sort((a, b) =>
			a.startsAt < b.startsAt
				? -1
				: a.startsAt > b.startsAt
					? 1
					: a.endsAt < b.endsAt
						? -1
						: a.endsAt > b.endsAt
							? 1
							: a.id - b.id
		);
	const speaking = new Set(sessions.flatMap((session) => session.speakers.map((speaker) => speaker.id)));
	const days = [];
	for (
		let day = DateTime.fromISO(edition.startsOn);
		day <= DateTime.fromISO(edition.endsOn);
		day = day.plus({ days: 1 })
	) {
		days.push({ date: day.toISODate()!, start: '08:00', end: '18:00' });
	}
	return {
		conference: {
			id: edition.id,
			slug: edition.slug,
			title: edition.title,
			startsOn: edition.startsOn,
			endsOn: edition.endsOn,
			timeZone: ZONE,
			venue: edition.venue ?? ''
		},
		days,
		rooms,
		tracks,
		sessions,
		speakers: speakers.filter((speaker) => speaking.has(speaker.id))
	};
}

/** The change log of the demo's second version: room changes and one new title. */
function diff(previous: ProgrammeSnapshot, current: ProgrammeSnapshot): ProgrammeChange[] {
	const roomName = (snapshot: ProgrammeSnapshot, id: number | null) =>
		id === null ? null : (snapshot.rooms.find((room) => room.id === id)?.name ?? null);
	const changes: ProgrammeChange[] = [];
	for (const session of current.sessions) {
		const old = previous.sessions.find((s) => s.guid === session.guid)!;
		if (old.roomId !== session.roomId) {
			changes.push({
				kind: 'moved',
				guid: session.guid,
				title: session.title,
				from: { startsAt: old.startsAt, endsAt: old.endsAt, roomName: roomName(previous, old.roomId) },
				to: {
					startsAt: session.startsAt,
					endsAt: session.endsAt,
					roomName: roomName(current, session.roomId)
				}
			});
		}
		if (old.title !== session.title) {
			changes.push({ kind: 'renamed', guid: session.guid, title: session.title, previousTitle: old.title });
		}
	}
	return changes;
}
