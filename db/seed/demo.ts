/**
 * Demo data: three real regional networks of Västra Götaland with invented members, their past and
 * upcoming meetings with agendas, standing items, beredning, guests and action items, and the yearly
 * conference "Digitalisering i människans tjänst".
 *
 * The organisations, networks, conference and its format are the real, public ones from the meeting
 * notes the product was designed from (docs/domain.md); every person is invented. Only the seven demo accounts (DEMO_ACCOUNTS) can
 * sign in, all with DEMO_PASSWORD; everyone else has no password (they have not accepted an
 * invitation).
 *
 * Dates are relative to `options.today` (default: now), so the demo always has past and upcoming
 * meetings. Meetings fall on weekdays outside Swedish public holidays, the summer break and the
 * Christmas break; times are Swedish local time (Europe/Stockholm).
 *
 * Idempotent: everything is written in one transaction, and if the demo administrator already
 * exists nothing is written at all. An advisory lock makes two concurrent runs wait for each other.
 *
 * Run by Vite (inside the app) and by plain Node with type stripping (db/cli.ts), so: erasable
 * TypeScript only and relative imports with explicit `.ts` extensions.
 */
import type { Sql, TransactionSql } from '../../src/lib/server/platform/db.ts';
import { hashPassword } from '../../src/lib/server/auth/password.ts';
import {
	addDays,
	easterSunday,
	isoWeekday,
	swedishHolidays
} from '../../src/lib/domain/networks/holidays.ts';
import { parseStockholmLocal, toStockholmParts } from '../../src/lib/domain/platform/stockholm-time.ts';
import { seedDemoProgramme } from './demo-programme.ts';

export const DEMO_PASSWORD = 'samverka-demo';

export interface DemoAccount {
	/** 'admin', a network role ('chair', 'secretary', 'member', 'substitute') or a conference role ('coordinator', 'office') */
	role: string;
	email: string;
	name: string;
	/** Swedish, shown next to the account on the demo sign-in hints */
	description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
	{ role: 'admin', email: 'admin@samverka.example', name: 'Jonas Ekholm', description: 'Administratör' },
	{
		role: 'chair',
		email: 'ordforande@samverka.example',
		name: 'Karin Wallin',
		description: 'Ordförande i GR:s digitaliseringsnätverk'
	},
	{
		role: 'secretary',
		email: 'sekreterare@samverka.example',
		name: 'Oskar Nyberg',
		description: 'Sekreterare i GR:s digitaliseringsnätverk'
	},
	{
		role: 'member',
		email: 'ledamot@samverka.example',
		name: 'Elin Sandberg',
		description: 'Ledamot i GR:s digitaliseringsnätverk (Lerums kommun)'
	},
	{
		role: 'substitute',
		email: 'ersattare@samverka.example',
		name: 'Ahmed Karimi',
		description: 'Ersättare för ledamoten i GR:s digitaliseringsnätverk'
	},
	{
		role: 'coordinator',
		email: 'arrangor@samverka.example',
		name: 'Linnea Holm',
		description: 'Samordnare för konferensen Digitalisering i människans tjänst'
	},
	{
		role: 'office',
		email: 'kansli@samverka.example',
		name: 'Petra Ljungqvist',
		description: 'Konferenskansliet: anmälningslistor och praktiska frågor'
	}
];

const MARKER_EMAIL = 'admin@samverka.example';
const EMAIL_DOMAIN = 'samverka.example';

// ---------------------------------------------------------------------------------------------
// Organisations (real, public names)

type OrgKind = 'municipality' | 'federation' | 'region' | 'agency' | 'university' | 'other';
interface OrgSeed {
	name: string;
	shortName: string | null;
	kind: OrgKind;
}

const ORGANISATIONS: OrgSeed[] = [
	// The 13 municipalities of Göteborgsregionen
	{ name: 'Ale kommun', shortName: 'Ale', kind: 'municipality' },
	{ name: 'Alingsås kommun', shortName: 'Alingsås', kind: 'municipality' },
	{ name: 'Göteborgs Stad', shortName: 'Göteborg', kind: 'municipality' },
	{ name: 'Härryda kommun', shortName: 'Härryda', kind: 'municipality' },
	{ name: 'Kungsbacka kommun', shortName: 'Kungsbacka', kind: 'municipality' },
	{ name: 'Kungälvs kommun', shortName: 'Kungälv', kind: 'municipality' },
	{ name: 'Lerums kommun', shortName: 'Lerum', kind: 'municipality' },
	{ name: 'Lilla Edets kommun', shortName: 'Lilla Edet', kind: 'municipality' },
	{ name: 'Mölndals stad', shortName: 'Mölndal', kind: 'municipality' },
	{ name: 'Partille kommun', shortName: 'Partille', kind: 'municipality' },
	{ name: 'Stenungsunds kommun', shortName: 'Stenungsund', kind: 'municipality' },
	{ name: 'Tjörns kommun', shortName: 'Tjörn', kind: 'municipality' },
	{ name: 'Öckerö kommun', shortName: 'Öckerö', kind: 'municipality' },
	// Fyrbodal municipalities in E-råd Fyrbodal
	{ name: 'Uddevalla kommun', shortName: 'Uddevalla', kind: 'municipality' },
	{ name: 'Munkedals kommun', shortName: 'Munkedal', kind: 'municipality' },
	{ name: 'Lysekils kommun', shortName: 'Lysekil', kind: 'municipality' },
	{ name: 'Melleruds kommun', shortName: 'Mellerud', kind: 'municipality' },
	{ name: 'Vänersborgs kommun', shortName: 'Vänersborg', kind: 'municipality' },
	{ name: 'Strömstads kommun', shortName: 'Strömstad', kind: 'municipality' },
	{ name: 'Åmåls kommun', shortName: 'Åmål', kind: 'municipality' },
	{ name: 'Färgelanda kommun', shortName: 'Färgelanda', kind: 'municipality' },
	// Others named in the notes
	{ name: 'Borås Stad', shortName: 'Borås', kind: 'municipality' },
	// Municipal federations
	{ name: 'Göteborgsregionen (GR)', shortName: 'GR', kind: 'federation' },
	{ name: 'Fyrbodals kommunalförbund', shortName: 'Fyrbodal', kind: 'federation' },
	{ name: 'Skaraborgs kommunalförbund', shortName: 'Skaraborg', kind: 'federation' },
	{ name: 'Boråsregionen Sjuhärads kommunalförbund', shortName: 'BRG', kind: 'federation' },
	{ name: 'VästKom', shortName: 'VästKom', kind: 'federation' },
	// Region, state and academia
	{ name: 'Västra Götalandsregionen', shortName: 'VGR', kind: 'region' },
	{ name: 'Länsstyrelsen i Västra Götalands län', shortName: 'Länsstyrelsen', kind: 'agency' },
	{ name: 'Högskolan Väst', shortName: 'HV', kind: 'university' },
	{ name: 'Högskolan i Skövde', shortName: 'HiS', kind: 'university' }
];

// ---------------------------------------------------------------------------------------------
// People (all invented). `org` is an organisation's short name.

interface PersonSeed {
	name: string;
	title: string;
	org: string;
	/** set for the seven demo accounts only */
	email?: string;
	isAdmin?: boolean;
}

const DEMO_PEOPLE: Record<string, PersonSeed> = {
	admin: {
		name: 'Jonas Ekholm',
		title: 'Systemförvaltare',
		org: 'VGR',
		email: 'admin@samverka.example',
		isAdmin: true
	},
	chair: {
		name: 'Karin Wallin',
		title: 'Digitaliseringsstrateg',
		org: 'GR',
		email: 'ordforande@samverka.example'
	},
	secretary: {
		name: 'Oskar Nyberg',
		title: 'Processledare digitalisering',
		org: 'GR',
		email: 'sekreterare@samverka.example'
	},
	member: {
		name: 'Elin Sandberg',
		title: 'Digitaliseringschef',
		org: 'Lerum',
		email: 'ledamot@samverka.example'
	},
	substitute: {
		name: 'Ahmed Karimi',
		title: 'Verksamhetsutvecklare',
		org: 'Lerum',
		email: 'ersattare@samverka.example'
	},
	coordinator: {
		name: 'Linnea Holm',
		title: 'Digitaliseringsstrateg',
		org: 'Borås',
		email: 'arrangor@samverka.example'
	},
	office: {
		name: 'Petra Ljungqvist',
		title: 'Konferensadministratör, VGR Konferens',
		org: 'VGR',
		email: 'kansli@samverka.example'
	}
};

const PEOPLE: Record<string, PersonSeed> = {
	...DEMO_PEOPLE,
	// GR:s digitaliseringsnätverk
	sannaHolmqvist: { name: 'Sanna Holmqvist', title: 'Digitaliseringsstrateg', org: 'Ale' },
	mattiasEngstrom: { name: 'Mattias Engström', title: 'Digitaliseringschef', org: 'Alingsås' },
	leilaHaddad: { name: 'Leila Haddad', title: 'Strateg, digitalisering', org: 'Göteborg' },
	perStrand: { name: 'Per Strand', title: 'IT-chef', org: 'Härryda' },
	emmaSoderlund: { name: 'Emma Söderlund', title: 'Digitaliseringsledare', org: 'Kungsbacka' },
	niklasBlom: { name: 'Niklas Blom', title: 'Verksamhetsutvecklare, digitalisering', org: 'Kungälv' },
	tomasRing: { name: 'Tomas Ring', title: 'IT-samordnare', org: 'Lilla Edet' },
	hannaForsberg: { name: 'Hanna Forsberg', title: 'Digitaliseringsstrateg', org: 'Mölndal' },
	viktorAberg: { name: 'Viktor Åberg', title: 'Utvecklingsledare', org: 'Partille' },
	malinOberg: { name: 'Malin Öberg', title: 'Digitaliseringssamordnare', org: 'Stenungsund' },
	jesperLund: { name: 'Jesper Lund', title: 'Digitaliseringsstrateg', org: 'Tjörn' },
	camillaWikstrom: { name: 'Camilla Wikström', title: 'Kvalitetsstrateg', org: 'Öckerö' },
	davidHakansson: { name: 'David Håkansson', title: 'Digitaliseringsstrateg', org: 'Öckerö' },
	// Regionala digitaliseringsrådet
	magnusHedlund: { name: 'Magnus Hedlund', title: 'Samordnare, Regionala digitaliseringsrådet', org: 'VGR' },
	idaRosen: { name: 'Ida Rosén', title: 'Handläggare, regional utveckling', org: 'VGR' },
	peterSjoberg: { name: 'Peter Sjöberg', title: 'Regional bredbandskoordinator', org: 'VGR' },
	jennyAlm: { name: 'Jenny Alm', title: 'Digitaliseringsstrateg', org: 'Skaraborg' },
	henrikStahl: { name: 'Henrik Ståhl', title: 'IKT-strateg', org: 'BRG' },
	ulfBergman: { name: 'Ulf Bergman', title: 'CDO', org: 'Fyrbodal' },
	kristinaLovgren: { name: 'Kristina Lövgren', title: 'Enhetschef', org: 'VästKom' },
	gunillaFalk: {
		name: 'Gunilla Falk',
		title: 'Enhetschef, avdelningen för ärendehantering',
		org: 'Länsstyrelsen'
	},
	svenNordin: { name: 'Sven Nordin', title: 'Universitetslektor, informationssäkerhet', org: 'HiS' },
	robertLindahl: { name: 'Robert Lindahl', title: 'CDO', org: 'Göteborg' },
	// E-råd Fyrbodal
	lenaAxelsson: { name: 'Lena Axelsson', title: 'Digitaliseringsstrateg', org: 'Fyrbodal' },
	josefinNordstrom: { name: 'Josefin Nordström', title: 'Utvecklingsledare', org: 'Fyrbodal' },
	johannaBerglund: { name: 'Johanna Berglund', title: 'Digitaliseringschef', org: 'Uddevalla' },
	mikaelOlausson: { name: 'Mikael Olausson', title: 'Verksamhetsutvecklare', org: 'Uddevalla' },
	erikLundqvist: { name: 'Erik Lundqvist', title: 'IT-chef', org: 'Munkedal' },
	thereseCarlberg: { name: 'Therese Carlberg', title: 'Digitaliseringssamordnare', org: 'Lysekil' },
	ninaEklund: { name: 'Nina Eklund', title: 'Verksamhetsutvecklare', org: 'Mellerud' },
	patrikHallberg: { name: 'Patrik Hallberg', title: 'Digitaliseringsstrateg', org: 'Mellerud' },
	louiseSjogren: { name: 'Louise Sjögren', title: 'Digitaliseringsstrateg', org: 'Vänersborg' },
	kentJohansson: { name: 'Kent Johansson', title: 'IT-strateg', org: 'Strömstad' },
	rebeckaStrom: { name: 'Rebecka Ström', title: 'Kvalitetsutvecklare', org: 'Åmål' },
	danielForsgren: { name: 'Daniel Forsgren', title: 'Utvecklingsstrateg', org: 'Färgelanda' },
	ceciliaDahlberg: { name: 'Cecilia Dahlberg', title: 'Forskare, Kommunakademin Väst', org: 'HV' }
};

// ---------------------------------------------------------------------------------------------
// Networks (real names) with their members and meetings

type Role = 'chair' | 'secretary' | 'member' | 'substitute';
type Format = 'digital' | 'physical' | 'hybrid';

interface MembershipSeed {
	person: string;
	role: Role;
	/** the organisation represented; defaults to the person's own */
	org?: string;
	/** years before today's year, and month-day: '08-21' */
	joined: [number, string];
	left?: [number, string];
	/** for substitutes: the person (key) whose current membership they stand in for */
	substituteFor?: string;
}

interface Venue {
	venue: string;
	address: string;
	host: string;
}

interface MeetingSeed {
	number: number;
	format: Format;
	title: string;
	fullDay?: boolean;
	place?: Venue;
	cancelReason?: string;
}

interface NetworkSeed {
	slug: string;
	name: string;
	shortName: string;
	description: string;
	isPublic: boolean;
	org: string;
	defaultStart: string;
	defaultEnd: string;
	defaultOnlineUrl: string;
	defaultVenue: string;
	members: MembershipSeed[];
	/** ISO weekday the network usually meets on (1 = Monday) */
	weekday: number;
	intervalWeeks: number;
	/** the first `past` meetings lie before today, the rest after */
	past: number;
	meetings: MeetingSeed[];
}

const GR_OFFICE: Venue = {
	venue: 'Göteborgsregionen (GR)',
	address: 'Anders Personsgatan 8, 416 64 Göteborg',
	host: 'GR'
};

const NETWORKS: NetworkSeed[] = [
	{
		slug: 'regionala-digitaliseringsradet',
		name: 'Regionala digitaliseringsrådet',
		shortName: 'Digitaliseringsrådet',
		description:
			'Rådet samlar Västra Götalandsregionen, kommunalförbunden, VästKom, Länsstyrelsen och akademin kring den regionala digitala agendan. Här följs gemensamma satsningar som öppna data, SDK, informationssäkerhet och Smart Region Västra Götaland upp, och konferensen Digitalisering i människans tjänst planeras.',
		isPublic: true,
		org: 'VGR',
		defaultStart: '08:30',
		defaultEnd: '12:00',
		defaultOnlineUrl: 'https://teams.microsoft.com/l/meetup-join/exempel-regionala-digitaliseringsradet',
		defaultVenue: 'Regionens hus, Vänersborg',
		members: [
			{ person: 'magnusHedlund', role: 'chair', joined: [5, '01-15'] },
			{ person: 'idaRosen', role: 'secretary', joined: [3, '08-15'] },
			{ person: 'peterSjoberg', role: 'member', joined: [6, '03-01'] },
			{ person: 'chair', role: 'member', joined: [3, '09-01'] },
			{ person: 'jennyAlm', role: 'member', joined: [2, '02-01'] },
			{ person: 'henrikStahl', role: 'member', joined: [3, '08-15'] },
			{ person: 'ulfBergman', role: 'member', joined: [4, '01-10'], left: [1, '10-31'] },
			{ person: 'lenaAxelsson', role: 'member', joined: [1, '11-15'] },
			{ person: 'kristinaLovgren', role: 'member', joined: [6, '03-01'] },
			{ person: 'gunillaFalk', role: 'member', joined: [6, '03-01'] },
			{ person: 'svenNordin', role: 'member', joined: [4, '09-01'] },
			{ person: 'robertLindahl', role: 'member', joined: [3, '01-20'] },
			{ person: 'coordinator', role: 'member', joined: [2, '08-20'] }
		],
		weekday: 3,
		intervalWeeks: 5,
		past: 2,
		meetings: [
			{
				number: 69,
				format: 'hybrid',
				title: 'Öppna data och Smart Region Västra Götaland',
				place: { venue: 'Regionens hus, sal Vänern', address: 'Östergatan 1, 462 80 Vänersborg', host: 'VGR' }
			},
			{ number: 70, format: 'digital', title: 'Kraftsamling digitalisering: halvtidsavstämning' },
			{ number: 71, format: 'physical', title: 'SDK och säker digital kommunikation', place: GR_OFFICE },
			{ number: 72, format: 'digital', title: 'Regional samverkan kring AI' },
			{
				number: 73,
				format: 'physical',
				title: 'Informationssäkerhet och digital kompetens',
				place: {
					venue: 'Högskolan i Skövde, Portalen',
					address: 'Högskolevägen 1, 541 28 Skövde',
					host: 'HiS'
				}
			}
		]
	},
	{
		slug: 'gr-digitaliseringsnatverk',
		name: 'GR:s digitaliseringsnätverk',
		shortName: 'GR Digit',
		description:
			'Nätverket samlar digitaliseringsansvariga i Göteborgsregionens 13 kommuner för samverkan, erfarenhetsutbyte och att åstadkomma saker tillsammans – med fokus på digitalisering, inte IT. Vi träffas fyra gånger per termin, varannan gång digitalt och varannan fysiskt, och Handslaget och AI-arenan är stående punkter.',
		isPublic: false,
		org: 'GR',
		defaultStart: '09:00',
		defaultEnd: '12:00',
		defaultOnlineUrl: 'https://teams.microsoft.com/l/meetup-join/exempel-gr-digitaliseringsnatverk',
		defaultVenue: 'Göteborgsregionen (GR), Anders Personsgatan 8, Göteborg',
		members: [
			{ person: 'chair', role: 'chair', joined: [3, '08-21'] },
			{ person: 'secretary', role: 'secretary', joined: [2, '01-15'] },
			{ person: 'sannaHolmqvist', role: 'member', joined: [3, '08-21'] },
			{ person: 'mattiasEngstrom', role: 'member', joined: [3, '08-21'] },
			{ person: 'leilaHaddad', role: 'member', joined: [3, '08-21'] },
			{ person: 'perStrand', role: 'member', joined: [3, '08-21'] },
			{ person: 'emmaSoderlund', role: 'member', joined: [3, '08-21'] },
			{ person: 'niklasBlom', role: 'member', joined: [2, '02-01'] },
			{ person: 'member', role: 'member', joined: [3, '08-21'] },
			{ person: 'substitute', role: 'substitute', joined: [1, '09-01'], substituteFor: 'member' },
			{ person: 'tomasRing', role: 'member', joined: [3, '08-21'] },
			{ person: 'hannaForsberg', role: 'member', joined: [3, '08-21'] },
			{ person: 'viktorAberg', role: 'member', joined: [3, '08-21'] },
			{ person: 'malinOberg', role: 'member', joined: [3, '08-21'] },
			{ person: 'jesperLund', role: 'member', joined: [3, '08-21'] },
			{ person: 'camillaWikstrom', role: 'member', joined: [3, '08-21'], left: [1, '06-30'] },
			{ person: 'davidHakansson', role: 'member', joined: [1, '08-18'] }
		],
		weekday: 2,
		intervalWeeks: 4,
		past: 3,
		meetings: [
			{
				number: 21,
				format: 'physical',
				title: 'Handslaget: uppföljning av erbjudandena',
				place: { venue: 'Mölndals stadshus', address: 'Göteborgsvägen 11, 431 82 Mölndal', host: 'Mölndal' }
			},
			{ number: 22, format: 'digital', title: 'Nyttorealisering och AI-arenan' },
			{ number: 23, format: 'physical', title: 'Säker digital kommunikation', place: GR_OFFICE },
			{ number: 24, format: 'digital', title: 'Öppna data och digitala assistenter' },
			{
				number: 25,
				format: 'physical',
				title: 'Heldag: grupperingar i nätverket och planering för terminen',
				fullDay: true,
				place: {
					venue: 'Kungsbacka stadshus',
					address: 'Storgatan 37, 434 81 Kungsbacka',
					host: 'Kungsbacka'
				}
			},
			{ number: 26, format: 'digital', title: 'Handslaget och AI-arenan' }
		]
	},
	{
		slug: 'e-rad-fyrbodal',
		name: 'E-råd Fyrbodal',
		shortName: 'E-råd Fyrbodal',
		description:
			'E-rådet samlar representanter för Fyrbodals kommuner och Kommunakademin Väst kring handlingsplanen för ett hållbart digitaliserat Fyrbodal. Ordinarie representant kan utse en ersättare, helst från samma kommun och arbetsområde, som har samma befogenheter under mötet.',
		isPublic: true,
		org: 'Fyrbodal',
		defaultStart: '09:00',
		defaultEnd: '12:00',
		defaultOnlineUrl: 'https://teams.microsoft.com/l/meetup-join/exempel-e-rad-fyrbodal',
		defaultVenue: 'Via Microsoft Teams',
		members: [
			{ person: 'lenaAxelsson', role: 'chair', joined: [2, '01-10'] },
			{ person: 'josefinNordstrom', role: 'secretary', joined: [2, '01-10'] },
			{ person: 'johannaBerglund', role: 'member', joined: [4, '02-01'] },
			{
				person: 'mikaelOlausson',
				role: 'substitute',
				joined: [2, '04-01'],
				substituteFor: 'johannaBerglund'
			},
			{ person: 'erikLundqvist', role: 'member', joined: [4, '02-01'] },
			{ person: 'thereseCarlberg', role: 'member', joined: [3, '03-01'] },
			{ person: 'ninaEklund', role: 'member', joined: [3, '09-01'], left: [1, '03-31'] },
			{ person: 'patrikHallberg', role: 'member', joined: [1, '05-04'] },
			{ person: 'louiseSjogren', role: 'member', joined: [4, '02-01'] },
			{ person: 'kentJohansson', role: 'member', joined: [4, '02-01'] },
			{ person: 'rebeckaStrom', role: 'member', joined: [2, '08-25'] },
			{ person: 'danielForsgren', role: 'member', joined: [4, '02-01'] },
			{ person: 'ceciliaDahlberg', role: 'member', joined: [1, '09-01'] }
		],
		weekday: 4,
		intervalWeeks: 6,
		past: 2,
		meetings: [
			{ number: 45, format: 'digital', title: 'Handlingsplanen och erbjudanden till kommunerna' },
			{
				number: 46,
				format: 'physical',
				title: 'Ersättares roll och uppdragshandlingen',
				place: { venue: 'Uddevalla stadshus', address: 'Varvsvägen 1, 451 81 Uddevalla', host: 'Uddevalla' }
			},
			{ number: 47, format: 'digital', title: 'Projektdirektiv: Handbok för digitalisering' },
			{
				number: 48,
				format: 'physical',
				title: 'Digital mognad och digitala möten',
				place: {
					venue: 'Kommunhuset, Vänersborg',
					address: 'Sundsgatan 29, 462 85 Vänersborg',
					host: 'Vänersborg'
				},
				cancelReason:
					'Mötet är inställt eftersom flera ledamöter deltar i kommundirektörsnätverkets möte samma dag. Punkterna flyttas till nästa möte.'
			},
			{ number: 49, format: 'digital', title: 'Digitala processer i Fyrbodals kommuner' }
		]
	}
];

// ---------------------------------------------------------------------------------------------
// The conference

const SERIES = {
	slug: 'digitalisering-i-manniskans-tjanst',
	name: 'Digitalisering i människans tjänst',
	description:
		'En årlig regional konferens om hur digitaliseringen kan göra nytta för invånare, företag och medarbetare i Västra Götaland. Konferensen planeras av en arbetsgrupp ur Regionala digitaliseringsrådet.'
};

const CONFERENCE_VENUE = { venue: 'Svenska Mässan, Göteborg', address: 'Mässans gata 20, 412 51 Göteborg' };
const CONFERENCE_CONTACT = 'konferens@samverka.example';

function conferenceDescription(tracks: string[]): string {
	return [
		'Digitalisering i människans tjänst är en heldag för alla som arbetar med digitalisering i offentlig sektor i Västra Götaland – kommuner, kommunalförbund, regionen, statliga myndigheter och akademin.',
		'Formatet är detsamma som tidigare år: en gemensam förmiddag med inspirationsföreläsningar, parallella spår på eftermiddagen och sedan en gemensam avslutning med mingel.',
		`Spåren: ${tracks.map((track, i) => `${i + 1}. ${track}`).join(', ')}.`
	].join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers (Europe/Stockholm)

/**
 * Swedish public holidays and the usual days off that fall on weekdays, as 'YYYY-MM-DD': the app's own
 * holiday calendar (domain/networks/holidays.ts) plus skärtorsdag and the klämdag after Kristi
 * himmelsfärd, when few networks meet.
 */
const holidayCache = new Map<number, Set<string>>();

function swedishDaysOff(year: number): Set<string> {
	let days = holidayCache.get(year);
	if (days) return days;
	const easter = easterSunday(year);
	days = new Set([
		...swedishHolidays(year).map((holiday) => holiday.date),
		addDays(easter, -3), // skärtorsdag (half day)
		addDays(easter, 40) // klämdag
	]);
	holidayCache.set(year, days);
	return days;
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const monthDayOf = (date: string) => Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));

/**
 * A day a network would plausibly meet: its weekday, no holiday, not in the summer or Christmas break,
 * and not the day of the conference.
 */
function isMeetingDay(day: string, weekday: number): boolean {
	if (isoWeekday(day) !== weekday) return false;
	if (swedishDaysOff(yearOf(day)).has(day)) return false;
	if (day === conferenceDay(yearOf(day))) return false;
	const monthDay = monthDayOf(day);
	if (monthDay >= 618 && monthDay <= 814) return false; // summer break
	if (monthDay >= 1219 || monthDay <= 108) return false; // Christmas break
	return true;
}

function findMeetingDay(from: string, weekday: number, step: 1 | -1): string {
	let day = from;
	while (!isMeetingDay(day, weekday)) day = addDays(day, step);
	return day;
}

/**
 * Dates for a series of meetings: `past` of them before today (the last about a week ago), the rest
 * after today (the first about ten days ahead), `intervalWeeks` apart or more where holidays intervene.
 */
function scheduleDates(
	today: string,
	weekday: number,
	intervalWeeks: number,
	past: number,
	upcoming: number
): string[] {
	const before: string[] = [];
	let cursor = addDays(today, -6);
	for (let i = 0; i < past; i++) {
		const day = findMeetingDay(cursor, weekday, -1);
		before.unshift(day);
		cursor = addDays(day, -7 * intervalWeeks);
	}
	const after: string[] = [];
	cursor = addDays(today, 8);
	for (let i = 0; i < upcoming; i++) {
		const day = findMeetingDay(cursor, weekday, 1);
		after.push(day);
		cursor = addDays(day, 7 * intervalWeeks);
	}
	return [...before, ...after];
}

/** The conference day of a year: the third Thursday of November. */
function conferenceDay(year: number): string {
	let day = `${year}-11-15`;
	while (isoWeekday(day) !== 4) day = addDays(day, 1);
	return day;
}

/** A Swedish wall-clock time as an instant, through the app's own conversion (stockholm-time.ts). */
function stockholm(date: string, time: string): Date {
	const parsed = parseStockholmLocal(date, time);
	if (!parsed.ok) throw new Error(`Demo data: ${parsed.error}`);
	return parsed.value;
}

function emailFor(name: string): string {
	const local = name
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '.')
		.replace(/^\.|\.$/g, '');
	return `${local}@${EMAIL_DOMAIN}`;
}

// ---------------------------------------------------------------------------------------------

export async function seedDemo(
	sql: Sql,
	options: { today?: Date; log?: (m: string) => void } = {}
): Promise<{ created: boolean }> {
	const today = toStockholmParts(options.today ?? new Date()).date;
	const summary = await sql.begin(async (tx) => {
		// Two concurrent runs (two app instances starting at once) wait for each other here.
		await tx`select pg_advisory_xact_lock(hashtext('samverka:seed-demo'))`;
		const [marker] = await tx`select id from users where email = ${MARKER_EMAIL}`;
		if (marker) return null;
		await assertNothingInTheWay(tx);
		return await insertAll(tx, today);
	});
	if (!summary) {
		options.log?.(`Demodata finns redan (${MARKER_EMAIL} finns); inget har ändrats.`);
		return { created: false };
	}
	options.log?.(
		`Demodata skapad: ${summary.users} personer (varav ${DEMO_ACCOUNTS.length} demokonton med lösenordet ` +
			`"${DEMO_PASSWORD}"), ${summary.organisations} organisationer, ${summary.networks} nätverk, ` +
			`${summary.meetings} möten och ${summary.conferences} konferenser.`
	);
	return { created: true };
}

/** Without the marker, none of the demo's unique keys may be taken either: refuse rather than half-merge. */
async function assertNothingInTheWay(tx: TransactionSql): Promise<void> {
	const emails = Object.values(PEOPLE).map((p) => p.email ?? emailFor(p.name));
	const slugs = NETWORKS.map((n) => n.slug);
	const taken = await tx<{ key: string }[]>`
		select email as key from users where email in ${tx(emails)}
		union all select slug from networks where slug in ${tx(slugs)}
		union all select slug from conference_series where slug = ${SERIES.slug}
	`;
	if (taken.length > 0) {
		throw new Error(
			`Demodata kan inte läsas in: databasen innehåller redan ${taken.map((t) => t.key).join(', ')} ` +
				`men inte ${MARKER_EMAIL}. Läs in demodata i en tom databas.`
		);
	}
}

async function insertAll(tx: TransactionSql, today: string) {
	const year = yearOf(today);
	const dateAgo = ([years, monthDay]: [number, string]) => `${year - years}-${monthDay}`;

	// Organisations: an administrator may already have added some of them; reuse those.
	await tx`
		insert into organisations ${tx(ORGANISATIONS, 'name', 'shortName', 'kind')}
		on conflict ((lower(name))) do nothing
	`;
	// Matched by the database's own lower(), as the unique index is: it may differ from JavaScript's
	// (under the C locale it leaves Å, Ä and Ö as they are).
	const orgRows = await tx<{ seedName: string; id: number }[]>`
		select s.name as seed_name, o.id
		from unnest(${tx.array(ORGANISATIONS.map((o) => o.name))}::text[]) as s (name)
		join organisations o on lower(o.name) = lower(s.name)
	`;
	const orgIdByName = new Map(orgRows.map((r) => [r.seedName, r.id]));
	const orgId = (shortName: string): number => {
		const org = ORGANISATIONS.find((o) => o.shortName === shortName);
		const id = org && orgIdByName.get(org.name);
		if (!id) throw new Error(`Demo seed: unknown organisation ${shortName}`);
		return id;
	};

	// The venue each host organisation offers for network meetings, proposed by term planning.
	for (const place of HOST_VENUES) {
		await tx`
			update organisations set meeting_venue = ${place.venue}, meeting_address = ${place.address}
			where id = ${orgId(place.host)}`;
	}

	// People: one argon2 hash for all demo accounts.
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const now = new Date();
	const personKeys = Object.keys(PEOPLE);
	const userRows = personKeys.map((key) => {
		const p = PEOPLE[key];
		const canSignIn = p.email !== undefined;
		return {
			email: p.email ?? emailFor(p.name),
			name: p.name,
			title: p.title,
			organisationId: orgId(p.org),
			passwordHash: canSignIn ? passwordHash : null,
			passwordChangedAt: canSignIn ? now : null,
			isAdmin: p.isAdmin === true
		};
	});
	const insertedUsers = await tx<{ id: number; email: string }[]>`
		insert into users ${tx(userRows, 'email', 'name', 'title', 'organisationId', 'passwordHash', 'passwordChangedAt', 'isAdmin')}
		returning id, email
	`;
	const userIdByEmail = new Map(insertedUsers.map((u) => [u.email, u.id]));
	const userId = (key: string): number => {
		const p = PEOPLE[key];
		const id = p && userIdByEmail.get(p.email ?? emailFor(p.name));
		if (!id) throw new Error(`Demo seed: unknown person ${key}`);
		return id;
	};

	let meetingCount = 0;
	for (const network of NETWORKS) {
		const [{ id: networkId }] = await tx<{ id: number }[]>`
			insert into networks ${tx(
				{
					slug: network.slug,
					name: network.name,
					shortName: network.shortName,
					description: network.description,
					isPublic: network.isPublic,
					organisationId: orgId(network.org),
					defaultStart: network.defaultStart,
					defaultEnd: network.defaultEnd,
					defaultOnlineUrl: network.defaultOnlineUrl,
					defaultVenue: network.defaultVenue
				},
				'slug',
				'name',
				'shortName',
				'description',
				'isPublic',
				'organisationId',
				'defaultStart',
				'defaultEnd',
				'defaultOnlineUrl',
				'defaultVenue'
			)}
			returning id
		`;

		// Members first, then substitutes, who point at a member's current membership.
		const membershipRow = (m: MembershipSeed, substituteFor: number | null) => ({
			networkId,
			userId: userId(m.person),
			role: m.role,
			organisationId: orgId(m.org ?? PEOPLE[m.person].org),
			substituteFor,
			joinedOn: dateAgo(m.joined),
			leftOn: m.left ? dateAgo(m.left) : null
		});
		const columns = [
			'networkId',
			'userId',
			'role',
			'organisationId',
			'substituteFor',
			'joinedOn',
			'leftOn'
		] as const;
		const regular = network.members.filter((m) => m.role !== 'substitute');
		const inserted = await tx<{ id: number; userId: number; leftOn: string | null }[]>`
			insert into network_memberships ${tx(
				regular.map((m) => membershipRow(m, null)),
				...columns
			)}
			returning id, user_id, left_on
		`;
		const currentMembershipOf = (person: string): number => {
			const row = inserted.find((r) => r.userId === userId(person) && r.leftOn === null);
			if (!row) throw new Error(`Demo seed: ${person} has no current membership in ${network.slug}`);
			return row.id;
		};
		const substitutes = network.members.filter((m) => m.role === 'substitute');
		if (substitutes.length > 0) {
			await tx`
				insert into network_memberships ${tx(
					substitutes.map((m) => membershipRow(m, currentMembershipOf(m.substituteFor!))),
					...columns
				)}
			`;
		}

		// Meetings
		const upcoming = network.meetings.length - network.past;
		const dates = scheduleDates(today, network.weekday, network.intervalWeeks, network.past, upcoming);
		const meetingRows = network.meetings.map((m, i) => {
			const date = dates[i];
			const isPast = i < network.past;
			const cancelled = m.cancelReason !== undefined;
			const start = m.fullDay ? '09:00' : network.defaultStart;
			const end = m.fullDay ? '16:00' : network.defaultEnd;
			const cancelledAt = cancelled ? stockholm(addDays(today, -4), '14:12') : null;
			return {
				networkId,
				number: m.number,
				title: m.title,
				startsAt: stockholm(date, start),
				endsAt: stockholm(date, end),
				isFullDay: m.fullDay === true,
				format: m.format,
				venue: m.format === 'digital' ? null : (m.place?.venue ?? null),
				address: m.format === 'digital' ? null : (m.place?.address ?? null),
				onlineUrl: m.format === 'physical' ? null : network.defaultOnlineUrl,
				hostOrganisationId: m.format !== 'digital' && m.place ? orgId(m.place.host) : null,
				// past meetings were held as planned; the next one is confirmed, later ones still planned
				status: cancelled ? 'cancelled' : isPast || i === network.past ? 'confirmed' : 'planned',
				cancelReason: m.cancelReason ?? null,
				cancelledAt,
				// a cancellation is sent as a new version of the calendar event
				sequence: cancelled ? 1 : 0,
				updatedAt: cancelledAt ?? now
			};
		});
		const insertedMeetings = await tx<{ id: number; number: number }[]>`
			insert into meetings ${tx(
				meetingRows,
				'networkId',
				'number',
				'title',
				'startsAt',
				'endsAt',
				'isFullDay',
				'format',
				'venue',
				'address',
				'onlineUrl',
				'hostOrganisationId',
				'status',
				'cancelReason',
				'cancelledAt',
				'sequence',
				'updatedAt'
			)}
			returning id, number
		`;
		meetingCount += meetingRows.length;
		await insertNetworkWork(tx, {
			networkId,
			work: WORK[network.slug],
			meetings: insertedMeetings.map((row) => ({
				...row,
				date: dates[network.meetings.findIndex((m) => m.number === row.number)]
			})),
			// the rotation's candidates: current members, the chair left out as term planning does
			rotation: regular
				.filter((m) => m.role !== 'chair' && !m.left)
				.map((m) => currentMembershipOf(m.person)),
			membershipOf: currentMembershipOf
		});
	}

	// The conference: the coming edition (this year's, or next year's once this year's is over) and the one before.
	const [{ id: seriesId }] = await tx<{ id: number }[]>`
		insert into conference_series ${tx(SERIES, 'slug', 'name', 'description')}
		returning id
	`;
	const currentYear = conferenceDay(year) >= today ? year : year + 1;
	const editions = [
		{
			year: currentYear - 1,
			status: 'completed',
			tracks: ['Västsvenska möjligheter', 'Digital kompetens', 'Digital transformation', 'Sjukvårdsspåret'],
			roles: [
				{ person: 'henrikStahl', role: 'coordinator' },
				{ person: 'coordinator', role: 'organiser' },
				{ person: 'gunillaFalk', role: 'organiser' },
				{ person: 'office', role: 'office' }
			]
		},
		{
			year: currentYear,
			status: 'registration_open',
			tracks: [
				'Västsvenska möjligheter',
				'Digital kompetens',
				'Digital transformation',
				'AI i offentlig sektor'
			],
			roles: [
				{ person: 'coordinator', role: 'coordinator' },
				{ person: 'gunillaFalk', role: 'organiser' },
				{ person: 'lenaAxelsson', role: 'organiser' },
				{ person: 'robertLindahl', role: 'organiser' },
				{ person: 'office', role: 'office' }
			]
		}
	];
	for (const edition of editions) {
		const day = conferenceDay(edition.year);
		const [{ id: conferenceId }] = await tx<{ id: number }[]>`
			insert into conferences ${tx(
				{
					seriesId,
					slug: `dimt-${edition.year}`,
					title: `${SERIES.name} ${edition.year}`,
					startsOn: day,
					endsOn: day,
					venue: CONFERENCE_VENUE.venue,
					address: CONFERENCE_VENUE.address,
					description: conferenceDescription(edition.tracks),
					contactEmail: CONFERENCE_CONTACT,
					status: edition.status
				},
				'seriesId',
				'slug',
				'title',
				'startsOn',
				'endsOn',
				'venue',
				'address',
				'description',
				'contactEmail',
				'status'
			)}
			returning id
		`;
		await tx`
			insert into conference_roles ${tx(
				edition.roles.map((r) => ({ conferenceId, userId: userId(r.person), role: r.role })),
				'conferenceId',
				'userId',
				'role'
			)}
		`;
	}

	await seedDemoProgramme(tx);

	return {
		users: userRows.length,
		organisations: ORGANISATIONS.length,
		networks: NETWORKS.length,
		meetings: meetingCount,
		conferences: editions.length
	};
}

// ---------------------------------------------------------------------------------------------
// Agendas, standing items, beredning, guests and action items of the demo meetings. Items follow
// the shape of the seeds' agendas (Laget runt first, then the previous minutes, typed [I]/[D]/[B]/[A]
// items, a break); every guest is invented.

type Kind = 'information' | 'discussion' | 'decision' | 'work' | 'break';

interface StandingSeed {
	kind: Kind;
	title: string;
	minutes: number;
	description?: string;
	listsActions?: boolean;
	/** person keys responsible whenever the item is on an agenda */
	responsible?: string[];
}

interface ItemSeed {
	kind: Kind;
	title: string;
	minutes: number;
	description?: string;
	pinned?: string;
	responsible?: string[];
	guests?: { name: string; organisation: string; email: string }[];
}

interface ActionSeed {
	owner: string;
	task: string;
	/** days after the meeting */
	dueAfter?: number;
	done?: boolean;
}

interface WorkSeed {
	standing: StandingSeed[];
	agendas: Record<number, ItemSeed[]>;
	actions: Record<number, ActionSeed[]>;
}

const HOST_VENUES: Venue[] = [
	GR_OFFICE,
	{ venue: 'Mölndals stadshus', address: 'Göteborgsvägen 11, 431 82 Mölndal', host: 'Mölndal' },
	{ venue: 'Kungsbacka stadshus', address: 'Storgatan 37, 434 81 Kungsbacka', host: 'Kungsbacka' },
	{ venue: 'Regionens hus, sal Vänern', address: 'Östergatan 1, 462 80 Vänersborg', host: 'VGR' },
	{ venue: 'Högskolan i Skövde, Portalen', address: 'Högskolevägen 1, 541 28 Skövde', host: 'HiS' },
	{ venue: 'Uddevalla stadshus', address: 'Varvsvägen 1, 451 81 Uddevalla', host: 'Uddevalla' },
	{ venue: 'Kommunhuset, Vänersborg', address: 'Sundsgatan 29, 462 85 Vänersborg', host: 'Vänersborg' }
];

const BREAK: ItemSeed = { kind: 'break', title: 'Paus', minutes: 10 };

const WORK: Record<string, WorkSeed> = {
	'gr-digitaliseringsnatverk': {
		standing: [
			{
				kind: 'information',
				title: 'Laget runt',
				minutes: 30,
				description: 'Vad är på gång i kommunerna sedan sist?'
			},
			{
				kind: 'information',
				title: 'Föregående minnesanteckningar',
				minutes: 10,
				listsActions: true,
				responsible: ['secretary']
			},
			{ kind: 'information', title: 'Handslaget', minutes: 20, responsible: ['chair'] },
			{
				kind: 'discussion',
				title: 'AI-arenan',
				minutes: 25,
				description: 'Status från den regionala innovationsarenan för AI.'
			}
		],
		agendas: {
			21: [
				{
					kind: 'discussion',
					title: 'Uppföljning av erbjudandena i Handslaget',
					minutes: 30,
					responsible: ['chair']
				},
				{
					kind: 'information',
					title: 'Mall i Teams för kommunernas svar',
					minutes: 15,
					responsible: ['secretary']
				}
			],
			22: [
				{
					kind: 'discussion',
					title: 'Nyttorealisering – erfarenheter från Mölndal',
					minutes: 30,
					responsible: ['hannaForsberg']
				},
				BREAK,
				{ kind: 'information', title: 'SKR:s dialogmöten om Handslaget', minutes: 15, responsible: ['chair'] }
			],
			23: [
				{
					kind: 'information',
					title: 'Säker digital kommunikation (SDK)',
					minutes: 30,
					description: 'Hur ansluter kommunerna, och vad krävs av oss?',
					guests: [
						{
							name: 'Maja Lindkvist',
							organisation: 'SDK Ready, Västra Götalandsregionen',
							email: 'maja.lindkvist@sdk.example'
						}
					]
				},
				{
					kind: 'decision',
					title: 'Gemensam tidplan för anslutning till SDK',
					minutes: 15,
					responsible: ['chair']
				}
			],
			24: [
				{
					kind: 'discussion',
					title: 'Öppna data – gemensam publicering',
					minutes: 30,
					responsible: ['leilaHaddad']
				},
				BREAK,
				{
					kind: 'discussion',
					title: 'Digitala assistenter i kommunerna',
					minutes: 30,
					responsible: ['perStrand', 'emmaSoderlund']
				}
			],
			25: [
				{
					kind: 'work',
					title: 'Grupperingar i nätverket',
					minutes: 75,
					description: 'Vilka arbetsgrupper behöver vi, och vem deltar i vilken?',
					responsible: ['chair']
				},
				{ kind: 'break', title: 'Lunch', minutes: 60, pinned: '12:00' },
				{ kind: 'work', title: 'Planering för terminen', minutes: 90, responsible: ['chair', 'secretary'] },
				{ kind: 'information', title: 'Sammanfattning och nästa steg', minutes: 15, responsible: ['chair'] }
			],
			26: [
				{ kind: 'discussion', title: 'Handslaget: nästa steg', minutes: 30, responsible: ['chair'] },
				{
					kind: 'information',
					title: 'Kompetensförsörjning inom digitalisering',
					minutes: 20,
					responsible: ['niklasBlom']
				}
			]
		},
		actions: {
			22: [
				{ owner: 'secretary', task: 'Skicka ut mallen i Teams för uppföljning av Handslaget', dueAfter: 14 }
			],
			23: [
				{ owner: 'member', task: 'Ta fram underlag om kommunernas anslutning till SDK', dueAfter: 21 },
				{ owner: 'leilaHaddad', task: 'Samla exempel på öppna data som kommunerna publicerar', done: true }
			]
		}
	},
	'regionala-digitaliseringsradet': {
		standing: [
			{
				kind: 'information',
				title: 'Laget runt',
				minutes: 30,
				description: 'Varje organisation berättar kort om läget.'
			},
			{
				kind: 'information',
				title: 'Föregående minnesanteckningar',
				minutes: 10,
				listsActions: true,
				responsible: ['idaRosen']
			}
		],
		agendas: {
			69: [
				{
					kind: 'discussion',
					title: 'Öppna data: regional samverkan',
					minutes: 20,
					guests: [
						{
							name: 'Fredrik Ek',
							organisation: 'Regional samordnare öppna data',
							email: 'fredrik.ek@oppnadata.example'
						}
					]
				},
				BREAK,
				{
					kind: 'information',
					title: 'Smart Region Västra Götaland (IoT-projektet)',
					minutes: 50,
					responsible: ['peterSjoberg']
				}
			],
			70: [
				{
					kind: 'information',
					title: 'Kraftsamling digitalisering: halvtid',
					minutes: 30,
					responsible: ['idaRosen']
				}
			],
			71: [
				{
					kind: 'information',
					title: 'SDK Ready: status just nu',
					minutes: 25,
					description: 'Webbinarierna är genomförda och filmerna textas.',
					guests: [
						{
							name: 'Emma Persson',
							organisation: 'SDK Ready, projektledare',
							email: 'emma.persson@sdk.example'
						}
					]
				},
				{
					kind: 'discussion',
					title: 'Öppna data: fortsättning regionalt och nationellt',
					minutes: 20,
					responsible: ['chair']
				},
				BREAK,
				{
					kind: 'information',
					title: 'IoT-projektet: upphandling och fullmakter',
					minutes: 50,
					pinned: '10:10',
					guests: [
						{
							name: 'Björn Sandell',
							organisation: 'Smart Region VG, projektledare',
							email: 'bjorn.sandell@smartregion.example'
						},
						{
							name: 'Elias Åkesson',
							organisation: 'Smart Region VG, teknisk IoT-expert',
							email: 'elias.akesson@smartregion.example'
						}
					]
				},
				{ kind: 'information', title: 'Kraftsamling digitalisering', minutes: 30, responsible: ['idaRosen'] }
			],
			72: [
				{
					kind: 'discussion',
					title: 'Regional samverkan kring AI',
					minutes: 45,
					responsible: ['robertLindahl']
				}
			],
			73: [
				{
					kind: 'discussion',
					title: 'Informationssäkerhet i kommunerna',
					minutes: 40,
					responsible: ['svenNordin']
				},
				{
					kind: 'information',
					title: 'Digital kompetens: läget i regionen',
					minutes: 30,
					responsible: ['jennyAlm']
				}
			]
		},
		actions: {
			70: [{ owner: 'magnusHedlund', task: 'Beställa en webbplats för IoT-projektet', dueAfter: 30 }]
		}
	},
	'e-rad-fyrbodal': {
		standing: [
			{
				kind: 'information',
				title: 'Presentation av nya deltagare',
				minutes: 15,
				responsible: ['lenaAxelsson']
			},
			{
				kind: 'information',
				title: 'Tidigare minnesanteckningar',
				minutes: 15,
				listsActions: true,
				responsible: ['josefinNordstrom']
			}
		],
		agendas: {
			45: [
				{
					kind: 'discussion',
					title: 'Handlingsplanen: inkomna synpunkter',
					minutes: 30,
					responsible: ['lenaAxelsson']
				},
				{
					kind: 'information',
					title: 'Erbjudanden om insatser till kommunerna',
					minutes: 20,
					responsible: ['lenaAxelsson']
				}
			],
			46: [
				{
					kind: 'discussion',
					title: 'Ersättares roll i E-rådet',
					minutes: 30,
					responsible: ['lenaAxelsson']
				},
				{ kind: 'decision', title: 'Uppdragshandlingen', minutes: 20, responsible: ['lenaAxelsson'] }
			],
			47: [
				{
					kind: 'discussion',
					title: 'Projektdirektiv: Handbok för digitalisering',
					minutes: 30,
					responsible: ['johannaBerglund']
				},
				{ kind: 'break', title: 'Paus', minutes: 30 },
				{
					kind: 'information',
					title: 'Presentation av anbud gällande konsultstöd',
					minutes: 15,
					responsible: ['lenaAxelsson']
				}
			],
			48: [
				{
					kind: 'discussion',
					title: 'Digital mognad: mätning med DiMiOS',
					minutes: 30,
					responsible: ['ceciliaDahlberg']
				}
			],
			49: [
				{
					kind: 'information',
					title: 'Digitala processer i Fyrbodals kommuner',
					minutes: 30,
					responsible: ['lenaAxelsson']
				}
			]
		},
		actions: {
			46: [
				{
					owner: 'josefinNordstrom',
					task: 'Uppdatera uppdragshandlingen inför kommundirektörsnätverket',
					dueAfter: 20
				}
			]
		}
	}
};

/**
 * Standing items, then each meeting's agenda (the standing items first, as new meetings get them),
 * a beredning of three in turn, and the action items.
 */
async function insertNetworkWork(
	tx: TransactionSql,
	input: {
		networkId: number;
		work: WorkSeed | undefined;
		meetings: { id: number; number: number; date: string }[];
		rotation: number[];
		membershipOf: (person: string) => number;
	}
): Promise<void> {
	const { networkId, work } = input;
	if (!work) return;
	const standing = await tx<{ id: number }[]>`
		insert into standing_items ${tx(
			work.standing.map((item, i) => ({
				networkId,
				position: i + 1,
				kind: item.kind,
				title: item.title,
				description: item.description ?? '',
				durationMinutes: item.minutes,
				listsActionItems: item.listsActions === true
			})),
			'networkId',
			'position',
			'kind',
			'title',
			'description',
			'durationMinutes',
			'listsActionItems'
		)}
		returning id
	`;
	let turn = 0;
	for (const meeting of [...input.meetings].sort((a, b) => a.number - b.number)) {
		const beredning = [0, 1, 2].map((k) => input.rotation[(turn + k) % input.rotation.length]!);
		turn += 3;
		await tx`
			insert into meeting_beredning ${tx(
				[...new Set(beredning)].map((membershipId) => ({ meetingId: meeting.id, networkId, membershipId })),
				'meetingId',
				'networkId',
				'membershipId'
			)}
		`;

		const items = [
			...work.standing.map((item, i) => ({
				...item,
				standingItemId: standing[i]!.id,
				pinned: undefined,
				guests: undefined
			})),
			...(work.agendas[meeting.number] ?? []).map((item) => ({
				...item,
				standingItemId: null,
				listsActions: false
			}))
		];
		for (const [i, item] of items.entries()) {
			const [{ id: itemId }] = await tx<{ id: number }[]>`
				insert into agenda_items (meeting_id, network_id, position, kind, title, description, duration_minutes,
					pinned_start, standing_item_id, lists_action_items)
				values (${meeting.id}, ${networkId}, ${i + 1}, ${item.kind}, ${item.title}, ${item.description ?? ''},
					${item.minutes}, ${item.pinned ?? null}, ${item.standingItemId}, ${item.listsActions === true})
				returning id
			`;
			for (const person of item.responsible ?? []) {
				await tx`
					insert into agenda_item_responsibles (agenda_item_id, network_id, membership_id)
					values (${itemId}, ${networkId}, ${input.membershipOf(person)})`;
			}
			for (const guest of item.guests ?? []) {
				await tx`
					insert into agenda_guests (agenda_item_id, name, organisation, email)
					values (${itemId}, ${guest.name}, ${guest.organisation}, ${guest.email})`;
			}
		}

		for (const action of work.actions[meeting.number] ?? []) {
			await tx`
				insert into action_items (network_id, meeting_id, owner_membership_id, task, due_on, done_at)
				values (${networkId}, ${meeting.id}, ${input.membershipOf(action.owner)}, ${action.task},
					${action.dueAfter === undefined ? null : addDays(meeting.date, action.dueAfter)},
					${action.done ? stockholm(meeting.date, '16:00') : null})`;
		}
	}
}
