/**
 * Term planning: proposes a term's meetings for a network.
 *
 * The way networks work (docs/domain.md): a term has a planned number of meetings,
 * one of them may be a full day ("heldag"); every other meeting is digital and every other
 * physical ("varannan gång digital och varannan fysisk"); a rotating preparation group
 * ("rullande beredning") of three members helps the chair; physical meetings are hosted in turn
 * by the member organisations.
 *
 * `planTerm` is a pure function of its input: no clock (`today` is an input), no randomness,
 * no locale-dependent sorting. The same input always gives the same proposal, so a proposal
 * can be recomputed and compared, and the server module only loads, calls and stores.
 *
 * Dates are ISO calendar dates (`YYYY-MM-DD`) and times wall-clock Swedish times (`HH:MM`);
 * see holidays.ts for why no `Date` objects are involved.
 */
import { addDays, isIsoDate, isoWeekday, isSwedishHoliday } from './holidays.ts';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** HT = höstterminen (autumn), VT = vårterminen (spring). */
export type Season = 'HT' | 'VT';

export interface Term {
	season: Season;
	year: number;
}

export type MeetingFormat = 'digital' | 'physical';

/** `continue`: keep alternating from the previous term's last meeting. */
export type FirstFormat = MeetingFormat | 'continue';

export type MemberRole = 'chair' | 'secretary' | 'member';

export interface Member {
	id: string;
	organisationId: string | null;
	role: MemberRole;
	/** First day of membership. */
	joinedOn: string;
	/** First day the person is no longer a member (exclusive), or null while still a member. */
	leftOn: string | null;
}

export interface DateRange {
	start: string;
	end: string;
}

/** Wall-clock times, `HH:MM` (`HH.MM`, as Swedes often write it, is accepted on input). */
export interface TimeRange {
	start: string;
	end: string;
}

export type MeetingSchedule =
	/** Spread the meetings evenly over the term on one weekday, 1 = Monday … 5 = Friday. */
	| { kind: 'weekday'; weekday: number }
	/** The organiser has chosen the dates: one per meeting still to be planned. */
	| { kind: 'dates'; dates: readonly string[] };

export interface BeredningAssignment {
	date: string;
	memberIds: readonly string[];
}

export interface HostAssignment {
	date: string;
	organisationId: string;
}

/** A meeting of this term that has already taken place; it is kept as it is. */
export interface HeldMeeting {
	date: string;
	format: MeetingFormat;
}

export interface PlanTermInput {
	term: Term;
	/** The planner only proposes meetings strictly after this date. */
	today: string;
	/** Meetings in the whole term, including `heldMeetings`. 1–20. */
	meetingCount: number;
	schedule: MeetingSchedule;
	/** Times of an ordinary meeting. */
	time: TimeRange;
	/** 0-based position, among all the term's meetings, of the full-day meeting; null for none. */
	fullDayIndex: number | null;
	/** Times of the full-day meeting; default 09:00–16:00. */
	fullDayTime?: TimeRange;
	firstFormat: FirstFormat;
	/** Format of the last meeting of the previous term, for `firstFormat: 'continue'`. */
	previousTermLastFormat: MeetingFormat | null;
	members: readonly Member[];
	/** The chair normally prepares every meeting anyway, so is left out of the rotation. */
	includeChairInBeredning?: boolean;
	/** Default 3. Smaller when fewer members are active. */
	beredningSize?: number;
	/** Earlier beredning assignments (earlier terms and this term's held meetings), oldest first. */
	beredningHistory?: readonly BeredningAssignment[];
	/** Earlier hosts of physical meetings, oldest first. */
	hostHistory?: readonly HostAssignment[];
	/** organisationId → venue text ("lokal"), proposed for meetings that organisation hosts. */
	venues?: Readonly<Record<string, string>>;
	/** This term's meetings that already took place (on or before `today`). */
	heldMeetings?: readonly HeldMeeting[];
	/** Overrides the default term window, e.g. for a network that meets until midsommar. */
	window?: DateRange;
}

export interface MeetingProposal {
	/** 0-based position among all the term's meetings (held meetings come first). */
	index: number;
	date: string;
	start: string;
	end: string;
	isFullDay: boolean;
	format: MeetingFormat;
	/** Member ids, next in turn first. */
	beredning: string[];
	/** Host of a physical meeting; null for digital meetings or when no organisation is active. */
	hostOrganisationId: string | null;
	venue: string | null;
	/** Swedish remarks for the organiser, e.g. "Flyttad från 2027-03-26 (Långfredagen)." */
	notes: string[];
}

export interface TermProposal {
	term: Term;
	/** e.g. "HT 2026" */
	label: string;
	window: DateRange;
	/** Only meetings after `today`, in date order. */
	proposals: MeetingProposal[];
	/** Swedish remarks about the whole plan. */
	warnings: string[];
}

export interface ValidationError {
	/** Path of the offending input field, e.g. `time.end` or `schedule.dates[2]`. */
	field: string;
	/** Swedish message for the organiser. */
	message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

// ---------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------

/**
 * Default term windows, as month-day. Outside them Swedish workplaces are on leave:
 * - Summer: holidays run from midsommar until early/mid August (schools start around 18–20
 *   August), so the autumn term starts 15 August and the spring term ends 15 June.
 * - Christmas: from the week before julafton until after trettondedag jul and the weekend
 *   that follows, so the autumn term ends 19 December and the spring term starts 11 January.
 */
export const TERM_WINDOWS: Readonly<Record<Season, { start: string; end: string }>> = {
	HT: { start: '08-15', end: '12-19' },
	VT: { start: '01-11', end: '06-15' }
};

/**
 * Outer bounds for an overridden window: the spring term lives in January–July and the autumn
 * term in August–December, so a label like "VT 2027" keeps meaning something.
 */
const TERM_BOUNDS: Readonly<Record<Season, { start: string; end: string }>> = {
	HT: { start: '08-01', end: '12-31' },
	VT: { start: '01-01', end: '07-31' }
};

export const MAX_MEETINGS_PER_TERM = 20;
export const DEFAULT_BEREDNING_SIZE = 3;
export const DEFAULT_FULL_DAY_TIME: Readonly<TimeRange> = {
	start: '09:00',
	end: '16:00'
};
/** Plausible years for a planning tool; catches typos such as 20266. */
export const MIN_TERM_YEAR = 2000;
export const MAX_TERM_YEAR = 2100;

const WEEKDAYS_SV = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;

function weekdayName(weekday: number): string {
	return WEEKDAYS_SV[weekday - 1] ?? '';
}

/** "1 möte", "3 möten": Swedish needs the singular for one. */
function withCount(n: number, singular: string, plural: string): string {
	return `${n} ${n === 1 ? singular : plural}`;
}

function weekdayPlural(weekday: number): string {
	return `${weekdayName(weekday)}ar`;
}

// ---------------------------------------------------------------------------------------------
// Terms
// ---------------------------------------------------------------------------------------------

function isSeason(value: unknown): value is Season {
	return value === 'HT' || value === 'VT';
}

function isValidTermYear(year: number): boolean {
	return Number.isInteger(year) && year >= MIN_TERM_YEAR && year <= MAX_TERM_YEAR;
}

/** "HT 2026" */
export function formatTermLabel(term: Term): string {
	return `${term.season} ${term.year}`;
}

/** "hösten 2026", "våren 2027" – for running text. */
export function describeTerm(term: Term): string {
	return `${term.season === 'HT' ? 'hösten' : 'våren'} ${term.year}`;
}

const TERM_LABEL = /^(ht|vt|hösten|våren)\s*-?\s*(\d{4})$/;

/**
 * Reads a term label as organisers write it: "HT 2026", "ht2026", "VT-2027", "Hösten 2026",
 * "våren 2027".
 */
export function parseTermLabel(label: string): Result<Term> {
	const match = TERM_LABEL.exec(label.trim().toLowerCase());
	if (!match) {
		return {
			ok: false,
			errors: [
				{
					field: 'term',
					message: 'Ange terminen som till exempel "HT 2026" eller "VT 2027".'
				}
			]
		};
	}
	const word = match[1] ?? '';
	const season: Season = word === 'ht' || word === 'hösten' ? 'HT' : 'VT';
	const year = Number(match[2]);
	if (!isValidTermYear(year)) {
		return {
			ok: false,
			errors: [
				{
					field: 'term',
					message: `Året måste vara mellan ${MIN_TERM_YEAR} och ${MAX_TERM_YEAR}.`
				}
			]
		};
	}
	return { ok: true, value: { season, year } };
}

export function nextTerm(term: Term): Term {
	return term.season === 'HT' ? { season: 'VT', year: term.year + 1 } : { season: 'HT', year: term.year };
}

export function previousTerm(term: Term): Term {
	return term.season === 'VT' ? { season: 'HT', year: term.year - 1 } : { season: 'VT', year: term.year };
}

function yearPrefix(year: number): string {
	return String(year).padStart(4, '0');
}

/** The default window of a term: the dates meetings may fall on, breaks excluded. */
export function termWindow(term: Term): DateRange {
	const { start, end } = TERM_WINDOWS[term.season];
	return {
		start: `${yearPrefix(term.year)}-${start}`,
		end: `${yearPrefix(term.year)}-${end}`
	};
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

const TIME = /^(\d{1,2})[:.](\d{2})$/;

/** Minutes after midnight, or null when the text is not a time of day. */
function parseTime(value: string): number | null {
	const match = TIME.exec(value.trim());
	if (!match) return null;
	const hours = Number(match[1]);
	const minutes = Number(match[2]);
	if (hours > 23 || minutes > 59) return null;
	return hours * 60 + minutes;
}

function formatTime(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const INVALID_DATE = 'Ogiltigt datum. Ange datum som ÅÅÅÅ-MM-DD, t.ex. 2026-09-18.';

/** Everything `planTerm` needs, checked and normalised. */
interface CheckedInput {
	term: Term;
	label: string;
	window: DateRange;
	today: string;
	meetingCount: number;
	schedule: { kind: 'weekday'; weekday: number } | { kind: 'dates'; dates: string[] };
	time: TimeRange;
	fullDayTime: TimeRange;
	fullDayIndex: number | null;
	/** Format of the first meeting to propose. */
	nextFormat: MeetingFormat;
	heldCount: number;
	members: readonly Member[];
	includeChairInBeredning: boolean;
	beredningSize: number;
	beredningHistory: BeredningAssignment[];
	hostHistory: HostAssignment[];
	venues: Readonly<Record<string, string>>;
	warnings: string[];
}

function opposite(format: MeetingFormat): MeetingFormat {
	return format === 'digital' ? 'physical' : 'digital';
}

function isMeetingFormat(value: unknown): value is MeetingFormat {
	return value === 'digital' || value === 'physical';
}

function checkTimeRange(range: TimeRange, field: string, errors: ValidationError[]): TimeRange | null {
	const start = parseTime(range.start);
	const end = parseTime(range.end);
	if (start === null)
		errors.push({
			field: `${field}.start`,
			message: 'Ange starttiden som TT:MM, t.ex. 09:30.'
		});
	if (end === null)
		errors.push({
			field: `${field}.end`,
			message: 'Ange sluttiden som TT:MM, t.ex. 12:00.'
		});
	if (start === null || end === null) return null;
	if (end <= start) {
		errors.push({
			field: `${field}.end`,
			message: 'Sluttiden måste vara senare än starttiden.'
		});
		return null;
	}
	return { start: formatTime(start), end: formatTime(end) };
}

function byDate<T extends { date: string }>(items: readonly T[]): T[] {
	// Array.prototype.sort is stable, so entries on the same date keep the caller's order.
	return [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function checkInput(input: PlanTermInput): Result<CheckedInput> {
	const errors: ValidationError[] = [];
	const warnings: string[] = [];

	// Term and window. Date checks that need the window are skipped when the term is broken,
	// so one mistake does not produce a cascade of messages.
	let window: DateRange | null = null;
	const termOk = isSeason(input.term.season) && isValidTermYear(input.term.year);
	if (!isSeason(input.term.season)) {
		errors.push({
			field: 'term.season',
			message: 'Terminen måste vara HT (hösten) eller VT (våren).'
		});
	}
	if (!isValidTermYear(input.term.year)) {
		errors.push({
			field: 'term.year',
			message: `Året måste vara mellan ${MIN_TERM_YEAR} och ${MAX_TERM_YEAR}.`
		});
	}
	const label = termOk ? formatTermLabel(input.term) : '';
	if (termOk) {
		window = termWindow(input.term);
		if (input.window) {
			const bounds = TERM_BOUNDS[input.term.season];
			const low = `${yearPrefix(input.term.year)}-${bounds.start}`;
			const high = `${yearPrefix(input.term.year)}-${bounds.end}`;
			const { start, end } = input.window;
			if (!isIsoDate(start)) errors.push({ field: 'window.start', message: INVALID_DATE });
			if (!isIsoDate(end)) errors.push({ field: 'window.end', message: INVALID_DATE });
			if (isIsoDate(start) && isIsoDate(end)) {
				if (end < start) {
					errors.push({
						field: 'window.end',
						message: 'Terminens slutdatum måste vara efter startdatumet.'
					});
				} else if (start < low || end > high) {
					errors.push({
						field: 'window',
						message: `${label} måste ligga mellan ${low} och ${high}.`
					});
				} else {
					window = { start, end };
				}
			}
		}
	}

	const todayOk = isIsoDate(input.today);
	if (!todayOk) errors.push({ field: 'today', message: INVALID_DATE });

	const countOk =
		Number.isInteger(input.meetingCount) &&
		input.meetingCount >= 1 &&
		input.meetingCount <= MAX_MEETINGS_PER_TERM;
	if (!countOk) {
		errors.push({
			field: 'meetingCount',
			message: `Antalet möten måste vara ett heltal från 1 till ${MAX_MEETINGS_PER_TERM}.`
		});
	}

	const time = checkTimeRange(input.time, 'time', errors);
	const fullDayTime = checkTimeRange(input.fullDayTime ?? DEFAULT_FULL_DAY_TIME, 'fullDayTime', errors);

	if (input.fullDayIndex !== null) {
		const indexOk =
			Number.isInteger(input.fullDayIndex) &&
			input.fullDayIndex >= 0 &&
			(!countOk || input.fullDayIndex < input.meetingCount);
		if (!indexOk) {
			errors.push({
				field: 'fullDayIndex',
				message: countOk
					? `Heldagen måste vara ett av terminens möten (möte 1–${input.meetingCount}).`
					: 'Heldagen måste vara ett av terminens möten.'
			});
		}
	}

	// Held meetings: in the term, on or before today.
	const held = byDate(input.heldMeetings ?? []);
	(input.heldMeetings ?? []).forEach((meeting, i) => {
		const field = `heldMeetings[${i}]`;
		if (!isIsoDate(meeting.date)) {
			errors.push({ field: `${field}.date`, message: INVALID_DATE });
		} else if (todayOk && meeting.date > input.today) {
			errors.push({
				field: `${field}.date`,
				message: `${meeting.date} är efter dagens datum (${input.today}); ett möte som inte har hållits kan inte anges som hållet.`
			});
		} else if (window && (meeting.date < window.start || meeting.date > window.end)) {
			errors.push({
				field: `${field}.date`,
				message: `${meeting.date} ligger utanför terminen ${label}.`
			});
		}
		if (!isMeetingFormat(meeting.format)) {
			errors.push({
				field: `${field}.format`,
				message: 'Formatet måste vara digitalt eller fysiskt.'
			});
		}
	});
	if (countOk && held.length > input.meetingCount) {
		errors.push({
			field: 'heldMeetings',
			message: `Fler möten har redan hållits (${held.length}) än terminen ska ha (${input.meetingCount}).`
		});
	}
	const remaining = countOk ? Math.max(0, input.meetingCount - held.length) : 0;

	// Schedule.
	let schedule: CheckedInput['schedule'] | null = null;
	if (input.schedule.kind === 'weekday') {
		const { weekday } = input.schedule;
		if (!Number.isInteger(weekday) || weekday < 1 || weekday > 5) {
			errors.push({
				field: 'schedule.weekday',
				message: 'Välj en veckodag från måndag till fredag.'
			});
		} else {
			schedule = { kind: 'weekday', weekday };
		}
	} else if (input.schedule.kind === 'dates') {
		const dates = input.schedule.dates;
		const seen = new Set<string>();
		let datesOk = true;
		dates.forEach((date, i) => {
			const field = `schedule.dates[${i}]`;
			let message: string | null = null;
			if (!isIsoDate(date)) message = INVALID_DATE;
			else if (seen.has(date)) message = `${date} finns redan med bland datumen.`;
			else if (window && (date < window.start || date > window.end)) {
				message = `${date} ligger utanför terminen ${label} (${window.start}–${window.end}).`;
			} else if (todayOk && date <= input.today) {
				message = `${date} är inte efter dagens datum (${input.today}); bara kommande möten kan planeras.`;
			}
			seen.add(date);
			if (message) {
				datesOk = false;
				errors.push({ field, message });
			}
		});
		if (countOk && dates.length !== remaining) {
			datesOk = false;
			errors.push({
				field: 'schedule.dates',
				message: `Ange ett datum för varje möte som ska planeras: ${remaining} behövs, ${dates.length} angavs.`
			});
		}
		if (datesOk) schedule = { kind: 'dates', dates: [...dates].sort() };
	} else {
		errors.push({
			field: 'schedule',
			message: 'Välj en veckodag eller ange datum för mötena.'
		});
	}

	// Format of the first meeting to propose. A held meeting this term wins over `firstFormat`,
	// because alternation has to continue from what actually happened.
	let nextFormat: MeetingFormat | null = null;
	const lastHeld = held.at(-1);
	if (input.firstFormat !== 'continue' && !isMeetingFormat(input.firstFormat)) {
		errors.push({
			field: 'firstFormat',
			message:
				'Välj om första mötet ska vara digitalt eller fysiskt, eller fortsätt växla från förra terminen.'
		});
	}
	if (input.previousTermLastFormat !== null && !isMeetingFormat(input.previousTermLastFormat)) {
		errors.push({
			field: 'previousTermLastFormat',
			message: 'Formatet måste vara digitalt, fysiskt eller tomt.'
		});
	}
	if (lastHeld && isMeetingFormat(lastHeld.format)) {
		nextFormat = opposite(lastHeld.format);
	} else if (isMeetingFormat(input.firstFormat)) {
		nextFormat = input.firstFormat;
	} else if (input.firstFormat === 'continue') {
		if (isMeetingFormat(input.previousTermLastFormat)) {
			nextFormat = opposite(input.previousTermLastFormat);
		} else if (input.previousTermLastFormat === null) {
			errors.push({
				field: 'previousTermLastFormat',
				message:
					'Det finns inget tidigare möte att fortsätta växla från. Välj om terminens första möte ska vara digitalt eller fysiskt.'
			});
		}
	}

	// Members.
	const ids = new Set<string>();
	input.members.forEach((member, i) => {
		const field = `members[${i}]`;
		if (member.id.trim() === '') errors.push({ field: `${field}.id`, message: 'Medlemmen saknar id.' });
		else if (ids.has(member.id)) {
			errors.push({
				field: `${field}.id`,
				message: `Medlemmen ${member.id} finns med flera gånger.`
			});
		}
		ids.add(member.id);
		if (member.role !== 'chair' && member.role !== 'secretary' && member.role !== 'member') {
			errors.push({
				field: `${field}.role`,
				message: 'Rollen måste vara ordförande, sekreterare eller medlem.'
			});
		}
		if (!isIsoDate(member.joinedOn)) errors.push({ field: `${field}.joinedOn`, message: INVALID_DATE });
		if (member.leftOn !== null) {
			if (!isIsoDate(member.leftOn)) errors.push({ field: `${field}.leftOn`, message: INVALID_DATE });
			else if (isIsoDate(member.joinedOn) && member.leftOn <= member.joinedOn) {
				errors.push({
					field: `${field}.leftOn`,
					message: 'Slutdatumet måste vara efter startdatumet.'
				});
			}
		}
	});

	const beredningSize = input.beredningSize ?? DEFAULT_BEREDNING_SIZE;
	if (!Number.isInteger(beredningSize) || beredningSize < 1) {
		errors.push({
			field: 'beredningSize',
			message: 'Beredningen måste bestå av minst en person.'
		});
	}

	// Histories. Entries after today describe meetings that have not happened (e.g. an earlier
	// proposal that was stored); counting them would let a plan that never took place decide
	// whose turn it is, so they are left out and the organiser is told.
	const checkHistory = <T extends { date: string }>(entries: readonly T[], name: string): T[] => {
		entries.forEach((entry, i) => {
			if (!isIsoDate(entry.date)) errors.push({ field: `${name}[${i}].date`, message: INVALID_DATE });
		});
		if (!todayOk) return [];
		const past = byDate(entries.filter((entry) => isIsoDate(entry.date) && entry.date <= input.today));
		const ignored = entries.filter((entry) => isIsoDate(entry.date) && entry.date > input.today).length;
		if (ignored > 0) {
			warnings.push(
				name === 'hostHistory'
					? `${ignored} värdskap efter dagens datum har inte räknats med i turordningen.`
					: `${withCount(ignored, 'beredning', 'beredningar')} efter dagens datum har inte räknats med i turordningen.`
			);
		}
		return past;
	};
	const beredningHistory = checkHistory(input.beredningHistory ?? [], 'beredningHistory');
	const hostHistory = checkHistory(input.hostHistory ?? [], 'hostHistory');

	if (
		errors.length > 0 ||
		!window ||
		!schedule ||
		!time ||
		!fullDayTime ||
		!nextFormat ||
		!todayOk ||
		!countOk ||
		!termOk
	) {
		return { ok: false, errors };
	}

	if (input.fullDayIndex !== null && input.fullDayIndex < held.length) {
		warnings.push(`Heldagen (möte ${input.fullDayIndex + 1}) har redan hållits.`);
	}

	return {
		ok: true,
		value: {
			term: { season: input.term.season, year: input.term.year },
			label,
			window,
			today: input.today,
			meetingCount: input.meetingCount,
			schedule,
			time,
			fullDayTime,
			fullDayIndex: input.fullDayIndex,
			nextFormat,
			heldCount: held.length,
			members: input.members,
			includeChairInBeredning: input.includeChairInBeredning ?? false,
			beredningSize,
			beredningHistory,
			hostHistory,
			venues: input.venues ?? {},
			warnings
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

interface PlannedDate {
	date: string;
	notes: string[];
}

/**
 * Spreads `count` meetings evenly over the weekday's dates in [from, window.end].
 *
 * The slots are every `weekday` in the range, holidays included, so the spacing follows the
 * calendar rather than jumping around holidays. Meeting i aims at the middle of the i-th of
 * `count` equal parts: slot floor((2i + 1) · slots / (2 · count)). Consecutive targets are at
 * least one slot apart, so they never collide. A target on a holiday moves one week later, or
 * one week earlier when later is not free (past the window, a holiday, or another meeting's
 * target), then two weeks, and so on.
 */
function spreadOverWeekday(
	from: string,
	window: DateRange,
	weekday: number,
	count: number
): { ok: true; dates: PlannedDate[] } | { ok: false; free: number } {
	const slots: string[] = [];
	for (
		let date = addDays(from, (weekday - isoWeekday(from) + 7) % 7);
		date <= window.end;
		date = addDays(date, 7)
	) {
		slots.push(date);
	}
	const holidayNames = slots.map((date) => isSwedishHoliday(date));
	const isFree = (slot: number): boolean => slot >= 0 && slot < slots.length && holidayNames[slot] === null;
	const free = holidayNames.filter((name) => name === null).length;
	if (free < count) return { ok: false, free };

	const targets = Array.from({ length: count }, (_, i) =>
		Math.floor(((2 * i + 1) * slots.length) / (2 * count))
	);
	// Free targets are claimed up front so a moved meeting never pushes another one off its date.
	const taken = new Set(targets.filter(isFree));
	const dates = targets.map((target): PlannedDate => {
		const holiday = holidayNames[target];
		if (holiday === null || holiday === undefined) return { date: slots[target] ?? '', notes: [] };
		for (let distance = 1; distance < slots.length; distance++) {
			for (const candidate of [target + distance, target - distance]) {
				if (isFree(candidate) && !taken.has(candidate)) {
					taken.add(candidate);
					return {
						date: slots[candidate] ?? '',
						notes: [`Flyttad från ${slots[target]} (${holiday}).`]
					};
				}
			}
		}
		// Unreachable: there are at least `count` free slots and fewer than `count` are taken.
		throw new Error('Inget ledigt datum hittades.');
	});
	return { ok: true, dates: byDate(dates) };
}

/** Explicit dates are the organiser's choice and are kept, but a holiday or weekend is pointed out. */
function annotateChosenDates(dates: readonly string[]): PlannedDate[] {
	return dates.map((date) => {
		const notes: string[] = [];
		const holiday = isSwedishHoliday(date);
		if (holiday) notes.push(`Obs! ${date} är ${holiday}.`);
		const weekday = isoWeekday(date);
		if (weekday > 5) notes.push(`Obs! ${date} är en ${weekdayName(weekday)}.`);
		return { date, notes };
	});
}

// ---------------------------------------------------------------------------------------------
// Rotation (beredning and hosts)
// ---------------------------------------------------------------------------------------------

interface RotationCandidate {
	key: string;
	/** Tie-break among those who have never served: longest-standing first. */
	joinedOn: string;
	/** Final tie-break: position in the caller's member list. */
	order: number;
	isEligibleOn: (date: string) => boolean;
}

/**
 * A fair rotation ("turordning") over a changing set of candidates.
 *
 * The rule the networks ask for: nobody serves a second time before every active candidate
 * has served once. The rotation keeps the current *cycle* — who has served since the cycle
 * began; when every eligible candidate has served, a new cycle begins. Who is next:
 * 1. those who have not served in the current cycle, before those who have;
 * 2. among them, the one whose last turn is longest ago; newcomers who have never served come
 *    after those who have been waiting since an earlier cycle (they join the back of the
 *    queue, but always before anyone who already served in this cycle);
 * 3. then the longest-standing member, then the caller's list order (deterministic).
 *
 * With a stable set of candidates this is a round robin: between two turns of the same
 * candidate, everybody else has had a turn (possibly at that same meeting, when the group size
 * does not divide the number of candidates). Candidates who are not eligible on a date (left,
 * not yet joined, the chair) are never picked, and do not hold up the end of a cycle.
 *
 * History is replayed through `record`, so the rotation continues across terms.
 */
class Rotation {
	private readonly lastServed = new Map<string, number>();
	private readonly cycle = new Set<string>();
	private meetingNumber = 0;

	private readonly candidates: readonly RotationCandidate[];
	constructor(candidates: readonly RotationCandidate[]) {
		this.candidates = candidates;
	}

	private dueOrder(date: string): RotationCandidate[] {
		return this.candidates
			.filter((candidate) => candidate.isEligibleOn(date))
			.sort((a, b) => {
				const aInCycle = this.cycle.has(a.key);
				if (aInCycle !== this.cycle.has(b.key)) return aInCycle ? 1 : -1;
				const aLast = this.lastServed.get(a.key);
				const bLast = this.lastServed.get(b.key);
				if (aLast !== bLast) {
					if (aLast === undefined) return 1;
					if (bLast === undefined) return -1;
					return aLast - bLast;
				}
				if (a.joinedOn !== b.joinedOn) return a.joinedOn < b.joinedOn ? -1 : 1;
				return a.order - b.order;
			});
	}

	/** Records that `keys` served at a meeting on `date`. */
	record(date: string, keys: readonly string[]): void {
		const served = new Set(keys);
		const eligible = this.dueOrder(date);
		// In due order, so a cycle that completes halfway through a meeting is split exactly as
		// `pick` splits it: those first in turn close the old cycle, the rest open the new one.
		for (const candidate of eligible) {
			if (!served.has(candidate.key)) continue;
			if (eligible.every((other) => this.cycle.has(other.key))) this.cycle.clear();
			this.cycle.add(candidate.key);
		}
		for (const key of served) this.lastServed.set(key, this.meetingNumber);
		this.meetingNumber += 1;
	}

	/** The next `size` candidates in turn on `date` (fewer if fewer are eligible), recorded as served. */
	pick(date: string, size: number): string[] {
		const picked = this.dueOrder(date)
			.slice(0, size)
			.map((candidate) => candidate.key);
		this.record(date, picked);
		return picked;
	}
}

function isActiveOn(member: Member, date: string): boolean {
	return member.joinedOn <= date && (member.leftOn === null || date < member.leftOn);
}

function beredningRotation(input: CheckedInput): Rotation {
	const rotation = new Rotation(
		input.members
			.map((member, order) => ({ member, order }))
			.filter(({ member }) => input.includeChairInBeredning || member.role !== 'chair')
			.map(({ member, order }) => ({
				key: member.id,
				joinedOn: member.joinedOn,
				order,
				isEligibleOn: (date: string) => isActiveOn(member, date)
			}))
	);
	for (const entry of input.beredningHistory) rotation.record(entry.date, entry.memberIds);
	return rotation;
}

/** Organisations take turns hosting; an organisation can host while any of its people is a member. */
function hostRotation(input: CheckedInput): Rotation {
	const organisations = new Map<string, { members: Member[]; order: number }>();
	input.members.forEach((member, order) => {
		if (member.organisationId === null) return;
		const organisation = organisations.get(member.organisationId);
		if (organisation) organisation.members.push(member);
		else organisations.set(member.organisationId, { members: [member], order });
	});
	const rotation = new Rotation(
		[...organisations].map(([key, { members, order }]) => ({
			key,
			joinedOn: members.map((member) => member.joinedOn).sort()[0] ?? '',
			order,
			isEligibleOn: (date: string) => members.some((member) => isActiveOn(member, date))
		}))
	);
	for (const entry of input.hostHistory) rotation.record(entry.date, [entry.organisationId]);
	return rotation;
}

// ---------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------

/**
 * Proposes the rest of a term's meetings: dates, times, format, beredning, host and venue.
 * Returns Swedish validation errors per field instead of throwing, so a form can show them.
 */
export function planTerm(input: PlanTermInput): Result<TermProposal> {
	const checked = checkInput(input);
	if (!checked.ok) return checked;
	const plan = checked.value;
	const remaining = plan.meetingCount - plan.heldCount;
	const warnings = [...plan.warnings];

	let dates: PlannedDate[];
	if (remaining === 0) {
		dates = [];
		warnings.push('Alla terminens möten har redan hållits.');
	} else if (plan.schedule.kind === 'dates') {
		dates = annotateChosenDates(plan.schedule.dates);
	} else {
		const tomorrow = addDays(plan.today, 1);
		const from = tomorrow > plan.window.start ? tomorrow : plan.window.start;
		const weekday = plan.schedule.weekday;
		if (from > plan.window.end) {
			return {
				ok: false,
				errors: [
					{
						field: 'today',
						message: `${plan.label} är redan slut; det finns inga datum kvar att planera.`
					}
				]
			};
		}
		// While the term goes to plan (as many meetings held as the whole-term spread put on or
		// before today), keep the whole-term spread's remaining dates, so re-running the planner
		// mid-term does not shuffle dates people already have in their calendars. Otherwise spread
		// what is left over what is left of the term.
		const wholeTerm = spreadOverWeekday(plan.window.start, plan.window, weekday, plan.meetingCount);
		const onTrack = wholeTerm.ok ? wholeTerm.dates.filter(({ date }) => date > plan.today) : [];
		const spread =
			onTrack.length === remaining
				? { ok: true as const, dates: onTrack }
				: spreadOverWeekday(from, plan.window, weekday, remaining);
		if (!spread.ok) {
			return {
				ok: false,
				errors: [
					{
						field: 'meetingCount',
						message: `${withCount(remaining, 'möte', 'möten')} får inte plats: det finns bara ${withCount(spread.free, `ledig ${weekdayName(weekday)}`, `lediga ${weekdayPlural(weekday)}`)} från ${from} till ${plan.window.end}.`
					}
				]
			};
		}
		dates = spread.dates;
	}

	const beredning = beredningRotation(plan);
	const hosts = hostRotation(plan);
	const proposals = dates.map(({ date, notes }, i): MeetingProposal => {
		const index = plan.heldCount + i;
		const isFullDay = plan.fullDayIndex === index;
		// Alternation counts meetings, not weeks: the i-th proposal after the last known meeting.
		const format = i % 2 === 0 ? plan.nextFormat : opposite(plan.nextFormat);
		const meetingNotes = [...notes];

		const group = beredning.pick(date, plan.beredningSize);
		if (group.length < plan.beredningSize) {
			meetingNotes.push(
				group.length === 0
					? 'Det finns inga aktiva medlemmar som kan ingå i beredningen.'
					: `Bara ${withCount(group.length, 'aktiv medlem', 'aktiva medlemmar')} kan ingå i beredningen (önskat antal: ${plan.beredningSize}).`
			);
		}

		let hostOrganisationId: string | null = null;
		let venue: string | null = null;
		if (format === 'physical') {
			hostOrganisationId = hosts.pick(date, 1)[0] ?? null;
			if (hostOrganisationId === null) {
				meetingNotes.push(
					'Ingen värdorganisation kunde föreslås: inga aktiva medlemmar är kopplade till en organisation.'
				);
			} else {
				// Object.hasOwn, so an organisation id like "constructor" never picks up a prototype member.
				venue = Object.hasOwn(plan.venues, hostOrganisationId)
					? (plan.venues[hostOrganisationId] ?? null)
					: null;
				if (venue === null) meetingNotes.push('Lokal saknas: värdorganisationen har ingen lokal angiven.');
			}
		}

		const times = isFullDay ? plan.fullDayTime : plan.time;
		return {
			index,
			date,
			start: times.start,
			end: times.end,
			isFullDay,
			format,
			beredning: group,
			hostOrganisationId,
			venue,
			notes: meetingNotes
		};
	});

	return {
		ok: true,
		value: {
			term: plan.term,
			label: plan.label,
			window: plan.window,
			proposals,
			warnings
		}
	};
}
