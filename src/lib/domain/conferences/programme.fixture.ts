/**
 * Test fixture: the programme of "Digitalisering i människans tjänst" on 15 September 2020 in
 * the format kept from year to year (docs/domain.md): a joint morning, four parallel tracks
 * in the afternoon, a joint closing and mingle. Track names are the real ones; session titles,
 * rooms and people are invented. Each call returns fresh objects, so tests may change them.
 */
import type { Conference, ConferenceDay, Room, Session, Speaker, Track } from './programme.ts';

export const ROOM = {
	gotaland: 1,
	bohuslan: 2,
	dalsland: 3,
	skaraborg: 4
} as const;
export const TRACK = {
	vastsvenska: 1,
	kompetens: 2,
	transformation: 3,
	sjukvard: 4
} as const;

const SPEAKER = {
	moderator: {
		id: 101,
		name: 'Karin Ek',
		title: 'Samordnare',
		organisation: 'Västra Götalandsregionen'
	},
	keynote: {
		id: 102,
		name: 'Johan Åberg',
		title: 'Forskare',
		organisation: 'Göteborgs universitet'
	},
	gr: {
		id: 103,
		name: 'Maria Lindström',
		title: 'Digitaliseringsstrateg',
		organisation: 'Göteborgsregionen'
	},
	fyrbodal: {
		id: 104,
		name: 'Peter Öst',
		organisation: 'Fyrbodals kommunalförbund'
	},
	skovde: {
		id: 105,
		name: 'Lena Sjöberg',
		title: 'IT-chef',
		organisation: 'Skövde kommun'
	},
	boras: {
		id: 106,
		name: 'Ahmed Karimi',
		title: 'Verksamhetsutvecklare',
		organisation: 'Borås stad'
	},
	lst: {
		id: 107,
		name: 'Eva Holm',
		organisation: 'Länsstyrelsen i Västra Götalands län'
	},
	vgr: {
		id: 108,
		name: 'Sofia Berg',
		title: 'Överläkare',
		organisation: 'Västra Götalandsregionen'
	},
	guest: {
		id: 109,
		name: 'Emma Clarke',
		title: 'Researcher',
		organisation: 'University of Edinburgh'
	}
} satisfies Record<string, Speaker>;

export function conference2020(): Conference {
	return {
		id: 7,
		slug: 'dimt-2020',
		title: 'Digitalisering i människans tjänst 2020',
		startsOn: '2020-09-15',
		endsOn: '2020-09-15',
		timeZone: 'Europe/Stockholm',
		venue: 'Svenska Mässan, Göteborg',
		url: 'https://samverka.example.se/konferenser/dimt-2020'
	};
}

export function days2020(): ConferenceDay[] {
	return [{ date: '2020-09-15', start: '08:00', end: '18:00' }];
}

export function rooms2020(): Room[] {
	return [
		{ id: ROOM.bohuslan, name: 'Sal Bohuslän', capacity: 120 },
		{ id: ROOM.gotaland, name: 'Sal Götaland', capacity: 400 },
		{ id: ROOM.dalsland, name: 'Sal Dalsland', capacity: 80 },
		{ id: ROOM.skaraborg, name: 'Sal Skaraborg', capacity: 100 }
	];
}

export function tracks2020(): Track[] {
	return [
		{
			id: TRACK.vastsvenska,
			name: 'Västsvenska möjligheter',
			colour: '#1F6F8B',
			order: 1
		},
		{
			id: TRACK.kompetens,
			name: 'Digital kompetens',
			colour: '#99A8B2',
			order: 2
		},
		{
			id: TRACK.transformation,
			name: 'Digital transformation',
			colour: '#E6D5B8',
			order: 3
		},
		{
			id: TRACK.sjukvard,
			name: 'Sjukvårdsspåret',
			colour: '#c0392b',
			order: 4
		}
	];
}

type SessionSeed = Omit<Session, 'abstract' | 'language' | 'capacity' | 'speakers'> &
	Partial<Pick<Session, 'abstract' | 'language' | 'capacity' | 'speakers'>>;

function session(seed: SessionSeed): Session {
	return {
		abstract: '',
		language: 'sv',
		capacity: null,
		speakers: [],
		...seed
	};
}

const DAY = '2020-09-15';
const at = (time: string) => `${DAY}T${time}`;

export function sessions2020(): Session[] {
	return [
		session({
			id: 1,
			guid: 'f4521674-8401-4f00-82d5-16e7b097b8e8',
			title: 'Registrering och kaffe',
			kind: 'break',
			trackId: null,
			roomId: null,
			startsAt: at('08:30'),
			endsAt: at('09:00')
		}),
		session({
			id: 2,
			guid: '70c78b47-559a-4f99-b22f-e8ba65a5ff6a',
			title: 'Välkommen till Digitalisering i människans tjänst',
			abstract: 'Dagens moderator hälsar välkommen och presenterar programmet.',
			kind: 'plenary',
			trackId: null,
			roomId: ROOM.gotaland,
			startsAt: at('09:00'),
			endsAt: at('09:20'),
			speakers: [{ ...SPEAKER.moderator }]
		}),
		session({
			id: 3,
			guid: '975a2c2f-3184-484a-a576-7b874fd330ce',
			title: 'Digitalisering i människans tjänst – vart är vi på väg?',
			abstract: 'Inledningstalare om digitaliseringens möjligheter för invånare, kommuner och region.',
			kind: 'plenary',
			trackId: null,
			roomId: null,
			startsAt: at('09:20'),
			endsAt: at('10:00'),
			speakers: [{ ...SPEAKER.keynote }]
		}),
		session({
			id: 4,
			guid: '3feabcec-efe7-4bef-b800-0e24dced2a02',
			title: 'Förmiddagsfika',
			kind: 'break',
			trackId: null,
			roomId: null,
			startsAt: at('10:00'),
			endsAt: at('10:20')
		}),
		session({
			id: 5,
			guid: '658ede2c-7bb1-4308-9746-601bdbef9d13',
			title: 'Samverkan i Västra Götaland under pandemin',
			abstract: 'Hur kommunalförbunden, regionen och länsstyrelsen ställde om till digitala möten.',
			kind: 'plenary',
			trackId: null,
			roomId: ROOM.gotaland,
			startsAt: at('10:20'),
			endsAt: at('11:00'),
			speakers: [{ ...SPEAKER.gr }, { ...SPEAKER.lst }]
		}),
		session({
			id: 6,
			guid: '5cc5594b-8e60-44df-bd7f-42c1ae38d2ad',
			title: 'Panelsamtal: Digitaliseringsrådet om året som gått',
			kind: 'plenary',
			trackId: null,
			roomId: ROOM.gotaland,
			startsAt: at('11:00'),
			endsAt: at('12:00'),
			speakers: [{ ...SPEAKER.moderator }, { ...SPEAKER.fyrbodal }, { ...SPEAKER.skovde }]
		}),
		session({
			id: 7,
			guid: '9c2f5ada-efa7-4739-aca4-068cfe676c3c',
			title: 'Lunch',
			kind: 'lunch',
			trackId: null,
			roomId: null,
			startsAt: at('12:00'),
			endsAt: at('13:00')
		}),
		// Afternoon: four parallel tracks, two sessions each, a break across all rooms between.
		session({
			id: 8,
			guid: '091cab1f-76b9-413f-a5f6-e295c4b6d289',
			title: 'Öppna data i Västra Götaland',
			abstract: 'Vilka data kan kommunerna dela, och vad har invånarna för nytta av dem?',
			kind: 'track',
			trackId: TRACK.vastsvenska,
			roomId: ROOM.gotaland,
			startsAt: at('13:00'),
			endsAt: at('14:00'),
			speakers: [{ ...SPEAKER.gr }],
			capacity: 200
		}),
		session({
			id: 9,
			guid: 'a128bd15-9163-48f0-8e45-9913599e9b95',
			title: 'Digital kompetens för alla medarbetare',
			kind: 'track',
			trackId: TRACK.kompetens,
			roomId: ROOM.bohuslan,
			startsAt: at('13:00'),
			endsAt: at('14:00'),
			speakers: [{ ...SPEAKER.boras }],
			capacity: 120
		}),
		session({
			id: 10,
			guid: '37d83196-1bd0-4788-80bf-f44ce11dc3a3',
			title: 'Från e-tjänst till ny verksamhet',
			kind: 'track',
			trackId: TRACK.transformation,
			roomId: ROOM.dalsland,
			startsAt: at('13:00'),
			endsAt: at('14:00'),
			speakers: [{ ...SPEAKER.skovde }]
		}),
		session({
			id: 11,
			guid: '85bf35e0-c217-4015-8cf8-d8997e55e8e6',
			title: 'Lessons learned: covid-19 och vården på distans',
			abstract: 'Vad lärde vi oss när vårdmötena blev digitala över en natt?',
			kind: 'track',
			trackId: TRACK.sjukvard,
			roomId: ROOM.skaraborg,
			startsAt: at('13:00'),
			endsAt: at('14:00'),
			speakers: [{ ...SPEAKER.vgr }]
		}),
		session({
			id: 12,
			guid: '25624cea-7569-4b68-8b43-a481873b212f',
			title: 'Eftermiddagsfika',
			kind: 'break',
			trackId: null,
			roomId: null,
			startsAt: at('14:00'),
			endsAt: at('14:20')
		}),
		session({
			id: 13,
			guid: '01521bfd-58c5-4556-bc48-1d11a9f0059f',
			title: 'Bredband och digital infrastruktur på landsbygden',
			kind: 'track',
			trackId: TRACK.vastsvenska,
			roomId: ROOM.gotaland,
			startsAt: at('14:20'),
			endsAt: at('15:20'),
			speakers: [{ ...SPEAKER.fyrbodal }]
		}),
		session({
			id: 14,
			guid: '81437062-5a1b-4860-97e1-fd8cf5bc993a',
			title: 'Digital skills in the public sector',
			abstract: 'Experiences from Scotland.',
			kind: 'track',
			trackId: TRACK.kompetens,
			roomId: ROOM.bohuslan,
			startsAt: at('14:20'),
			endsAt: at('15:20'),
			speakers: [{ ...SPEAKER.guest }],
			language: 'en'
		}),
		session({
			id: 15,
			guid: 'b0b87b2b-5ad0-4db5-878b-24273e8be031',
			title: 'Säker digital kommunikation (SDK) i länet',
			kind: 'track',
			trackId: TRACK.transformation,
			roomId: ROOM.dalsland,
			startsAt: at('14:20'),
			endsAt: at('15:20'),
			speakers: [{ ...SPEAKER.lst }]
		}),
		session({
			id: 16,
			guid: 'a0c1ce4a-19de-4edb-adf5-5637711364d4',
			title: 'Digitala vårdmöten & äldreomsorg – vad "fungerade" <egentligen>?',
			abstract: 'Erfarenheter från kommun & region; Skövde och VGR.',
			kind: 'track',
			trackId: TRACK.sjukvard,
			roomId: ROOM.skaraborg,
			startsAt: at('14:20'),
			endsAt: at('15:20'),
			speakers: [{ ...SPEAKER.vgr }, { ...SPEAKER.skovde }]
		}),
		session({
			id: 17,
			guid: '4cdfd710-3a3f-4ff9-817c-cd4bfbc8be7d',
			title: 'Gemensam avslutning',
			kind: 'closing',
			trackId: null,
			roomId: ROOM.gotaland,
			startsAt: at('15:30'),
			endsAt: at('16:00'),
			speakers: [{ ...SPEAKER.moderator }]
		}),
		session({
			id: 18,
			guid: 'b78d5027-6d87-4246-b103-6bdebc993ba7',
			title: 'Mingel',
			kind: 'mingle',
			trackId: null,
			roomId: null,
			startsAt: at('16:00'),
			endsAt: at('17:00')
		})
	];
}

export function programme2020() {
	return {
		conference: conference2020(),
		days: days2020(),
		rooms: rooms2020(),
		tracks: tracks2020(),
		sessions: sessions2020(),
		programmeUrl: 'https://samverka.example.se/konferenser/dimt-2020/program'
	};
}
