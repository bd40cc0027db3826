import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, isSwedishHoliday } from './holidays.ts';
import {
	describeTerm,
	formatTermLabel,
	nextTerm,
	parseTermLabel,
	planTerm,
	previousTerm,
	termWindow,
	type BeredningAssignment,
	type HostAssignment,
	type MeetingFormat,
	type MeetingProposal,
	type Member,
	type PlanTermInput,
	type Result,
	type Term,
	type TermProposal
} from './term-planning.ts';

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

function member(id: string, organisationId: string | null, overrides: Partial<Member> = {}): Member {
	return { id, organisationId, role: 'member', joinedOn: '2025-01-01', leftOn: null, ...overrides };
}

/** A GR-style network: a chair, a secretary and six members from five municipalities. */
const NETWORK: Member[] = [
	member('christina', 'gr', { role: 'chair' }),
	member('anna', 'goteborg'),
	member('bo', 'molndal'),
	member('cecilia', 'kungalv'),
	member('david', 'alingsas'),
	member('eva', 'boras'),
	member('fredrik', 'goteborg'),
	member('sara', 'gr', { role: 'secretary' })
];

const HT_2026: Term = { season: 'HT', year: 2026 };
const VT_2027: Term = { season: 'VT', year: 2027 };

/** Four Friday afternoons in HT 2026, planned before the summer. */
function input(overrides: Partial<PlanTermInput> = {}): PlanTermInput {
	return {
		term: HT_2026,
		today: '2026-06-01',
		meetingCount: 4,
		schedule: { kind: 'weekday', weekday: 5 },
		time: { start: '13:00', end: '16:00' },
		fullDayIndex: null,
		firstFormat: 'physical',
		previousTermLastFormat: null,
		members: NETWORK,
		...overrides
	};
}

function ok<T>(result: Result<T>): T {
	if (!result.ok) throw new Error(`Expected a plan, got errors: ${JSON.stringify(result.errors)}`);
	return result.value;
}

function errorsOf<T>(result: Result<T>): { field: string; message: string }[] {
	if (result.ok) throw new Error('Expected validation errors, got a plan.');
	return result.errors;
}

const datesOf = (plan: TermProposal) => plan.proposals.map((proposal) => proposal.date);
const formatsOf = (plan: TermProposal) => plan.proposals.map((proposal) => proposal.format);

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const inner of Object.values(value)) deepFreeze(inner);
		Object.freeze(value);
	}
	return value;
}

// ---------------------------------------------------------------------------------------------
// Terms
// ---------------------------------------------------------------------------------------------

describe('term labels and windows', () => {
	it.each([
		['HT 2026', HT_2026],
		['ht2026', HT_2026],
		[' HT-2026 ', HT_2026],
		['Hösten 2026', HT_2026],
		['VT 2027', VT_2027],
		['våren 2027', VT_2027]
	])('reads "%s"', (label, term) => {
		expect(parseTermLabel(label)).toEqual({ ok: true, value: term });
	});

	it.each(['HT', '2026', 'Sommar 2026', 'HT 26'])('refuses "%s" with a Swedish hint', (label) => {
		expect(parseTermLabel(label)).toEqual({
			ok: false,
			errors: [{ field: 'term', message: 'Ange terminen som till exempel "HT 2026" eller "VT 2027".' }]
		});
	});

	it('refuses implausible years', () => {
		expect(errorsOf(parseTermLabel('VT 1999'))).toEqual([
			{ field: 'term', message: 'Året måste vara mellan 2000 och 2100.' }
		]);
	});

	it('formats, describes and steps terms', () => {
		expect(formatTermLabel(HT_2026)).toBe('HT 2026');
		expect(describeTerm(VT_2027)).toBe('våren 2027');
		expect(nextTerm(HT_2026)).toEqual(VT_2027);
		expect(nextTerm(VT_2027)).toEqual({ season: 'HT', year: 2027 });
		expect(previousTerm(VT_2027)).toEqual(HT_2026);
		expect(previousTerm(HT_2026)).toEqual({ season: 'VT', year: 2026 });
	});

	it('leaves out the summer and Christmas breaks', () => {
		expect(termWindow(HT_2026)).toEqual({ start: '2026-08-15', end: '2026-12-19' });
		expect(termWindow(VT_2027)).toEqual({ start: '2027-01-11', end: '2027-06-15' });
	});
});

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

describe('date proposals', () => {
	it('spreads the meetings evenly over the term on the chosen weekday', () => {
		const plan = ok(planTerm(input()));
		expect(plan.label).toBe('HT 2026');
		expect(plan.window).toEqual({ start: '2026-08-15', end: '2026-12-19' });
		// 18 Fridays from 21 August to 18 December; each meeting sits in the middle of its quarter.
		expect(datesOf(plan)).toEqual(['2026-09-04', '2026-10-02', '2026-11-06', '2026-12-04']);
		expect(plan.proposals.map((proposal) => proposal.index)).toEqual([0, 1, 2, 3]);
		expect(plan.proposals.every((proposal) => proposal.start === '13:00' && proposal.end === '16:00')).toBe(
			true
		);
		expect(plan.warnings).toEqual([]);
	});

	it('respects both breaks and never lands on a holiday, for every weekday and meeting count', () => {
		for (const term of [HT_2026, VT_2027, { season: 'VT', year: 2026 } as Term]) {
			const window = termWindow(term);
			for (let weekday = 1; weekday <= 5; weekday++) {
				let meetingCount = 1;
				for (; meetingCount <= 20; meetingCount++) {
					const result = planTerm(
						input({ term, today: '2025-12-01', meetingCount, schedule: { kind: 'weekday', weekday } })
					);
					if (!result.ok) break;
					const dates = datesOf(result.value);
					expect(dates).toHaveLength(meetingCount);
					expect(new Set(dates).size).toBe(meetingCount);
					expect(dates).toEqual([...dates].sort());
					for (const date of dates) {
						expect(date >= window.start && date <= window.end).toBe(true);
						expect(isoWeekday(date)).toBe(weekday);
						expect(isSwedishHoliday(date)).toBeNull();
					}
				}
				// The loop ran through the whole term: ~18 weeks in the autumn, ~22 in the spring.
				expect(meetingCount).toBeGreaterThan(15);
			}
		}
	});

	it('says in Swedish when the meetings do not fit', () => {
		expect(errorsOf(planTerm(input({ today: '2026-12-17', meetingCount: 2 })))).toEqual([
			{
				field: 'meetingCount',
				message: '2 möten får inte plats: det finns bara 1 ledig fredag från 2026-12-18 till 2026-12-19.'
			}
		]);
		expect(errorsOf(planTerm(input({ meetingCount: 20 })))).toEqual([
			{
				field: 'meetingCount',
				message: '20 möten får inte plats: det finns bara 18 lediga fredagar från 2026-08-15 till 2026-12-19.'
			}
		]);
	});

	it('moves a meeting off långfredagen to the next Friday, and says so', () => {
		const plan = ok(
			planTerm(input({ term: { season: 'VT', year: 2026 }, today: '2025-12-01', meetingCount: 1 }))
		);
		expect(plan.proposals[0]?.date).toBe('2026-04-10');
		expect(plan.proposals[0]?.notes).toContain('Flyttad från 2026-04-03 (Långfredagen).');
	});

	it('moves a Thursday meeting off Kristi himmelsfärdsdag', () => {
		const plan = ok(
			planTerm(
				input({
					term: VT_2027,
					today: '2026-12-01',
					meetingCount: 2,
					schedule: { kind: 'weekday', weekday: 4 }
				})
			)
		);
		expect(datesOf(plan)).toEqual(['2027-02-18', '2027-05-13']);
		expect(plan.proposals[1]?.notes).toContain('Flyttad från 2027-05-06 (Kristi himmelsfärdsdag).');
	});

	it('moves to the previous week when the next one is already taken by another meeting', () => {
		const plan = ok(planTerm(input({ term: VT_2027, today: '2026-12-01', meetingCount: 12 })));
		const moved = plan.proposals.filter(
			(proposal) => proposal.notes.length > 0 && proposal.notes[0]?.startsWith('Flyttad')
		);
		expect(moved.map((proposal) => [proposal.date, proposal.notes[0]])).toEqual([
			['2027-03-19', 'Flyttad från 2027-03-26 (Långfredagen).']
		]);
		expect(datesOf(plan)).toContain('2027-04-02');
	});

	it('moves a meeting off midsommarafton when the network meets until the end of June', () => {
		const plan = ok(
			planTerm(
				input({
					term: { season: 'VT', year: 2026 },
					today: '2026-03-01',
					meetingCount: 4,
					window: { start: '2026-04-01', end: '2026-06-30' }
				})
			)
		);
		expect(datesOf(plan)).toEqual(['2026-04-10', '2026-05-08', '2026-05-29', '2026-06-26']);
		expect(plan.proposals[1]?.notes).toContain('Flyttad från 2026-05-01 (Första maj).');
		expect(plan.proposals[3]?.notes).toContain('Flyttad från 2026-06-19 (Midsommarafton).');
	});

	it('keeps the planned dates when re-planning a term that goes to plan', () => {
		const plan = ok(
			planTerm(
				input({
					today: '2026-10-15',
					heldMeetings: [
						{ date: '2026-09-04', format: 'physical' },
						{ date: '2026-10-02', format: 'digital' }
					]
				})
			)
		);
		expect(datesOf(plan)).toEqual(['2026-11-06', '2026-12-04']);
		expect(plan.proposals.map((proposal) => proposal.index)).toEqual([2, 3]);
		expect(plan.proposals.every((proposal) => proposal.date > '2026-10-15')).toBe(true);
	});

	it('spreads the rest over what is left of the term when fewer meetings were held than planned', () => {
		const plan = ok(
			planTerm(input({ today: '2026-10-15', heldMeetings: [{ date: '2026-09-04', format: 'physical' }] }))
		);
		// Ten Fridays from 16 October to 18 December, three meetings.
		expect(datesOf(plan)).toEqual(['2026-10-23', '2026-11-20', '2026-12-11']);
		expect(plan.proposals.map((proposal) => proposal.index)).toEqual([1, 2, 3]);
	});

	it('never proposes today itself', () => {
		const plan = ok(planTerm(input({ today: '2026-08-21', meetingCount: 18 - 1 })));
		expect(datesOf(plan)[0]).toBe('2026-08-28');
	});

	it('reports a term that is already over', () => {
		expect(errorsOf(planTerm(input({ today: '2026-12-20' })))).toEqual([
			{ field: 'today', message: 'HT 2026 är redan slut; det finns inga datum kvar att planera.' }
		]);
	});

	it('proposes nothing, with a warning, when every meeting has been held', () => {
		const plan = ok(
			planTerm(
				input({
					today: '2026-12-18',
					meetingCount: 1,
					heldMeetings: [{ date: '2026-10-02', format: 'digital' }]
				})
			)
		);
		expect(plan.proposals).toEqual([]);
		expect(plan.warnings).toEqual(['Alla terminens möten har redan hållits.']);
	});
});

describe('explicit dates', () => {
	it('keeps the chosen dates, in date order, and points out a holiday or weekend', () => {
		const plan = ok(
			planTerm(
				input({
					term: VT_2027,
					today: '2026-12-01',
					meetingCount: 3,
					firstFormat: 'digital',
					schedule: { kind: 'dates', dates: ['2027-05-06', '2027-02-10', '2027-03-20'] }
				})
			)
		);
		expect(datesOf(plan)).toEqual(['2027-02-10', '2027-03-20', '2027-05-06']);
		expect(plan.proposals[0]?.notes).toEqual([]);
		expect(plan.proposals[1]?.notes).toContain('Obs! 2027-03-20 är en lördag.');
		expect(plan.proposals[2]?.notes).toContain('Obs! 2027-05-06 är Kristi himmelsfärdsdag.');
	});

	it('refuses dates outside the term, in the past, repeated or malformed, one message per date', () => {
		const result = planTerm(
			input({
				term: VT_2027,
				today: '2027-02-01',
				meetingCount: 5,
				schedule: {
					kind: 'dates',
					dates: ['2027-01-05', '2027-01-20', '2027-03-03', '2027-03-03', '2027-13-01']
				}
			})
		);
		expect(errorsOf(result)).toEqual([
			{
				field: 'schedule.dates[0]',
				message: '2027-01-05 ligger utanför terminen VT 2027 (2027-01-11–2027-06-15).'
			},
			{
				field: 'schedule.dates[1]',
				message: '2027-01-20 är inte efter dagens datum (2027-02-01); bara kommande möten kan planeras.'
			},
			{ field: 'schedule.dates[3]', message: '2027-03-03 finns redan med bland datumen.' },
			{ field: 'schedule.dates[4]', message: 'Ogiltigt datum. Ange datum som ÅÅÅÅ-MM-DD, t.ex. 2026-09-18.' }
		]);
	});

	it('refuses a date in the Christmas break', () => {
		const result = planTerm(input({ meetingCount: 1, schedule: { kind: 'dates', dates: ['2026-12-21'] } }));
		expect(errorsOf(result)).toEqual([
			{
				field: 'schedule.dates[0]',
				message: '2026-12-21 ligger utanför terminen HT 2026 (2026-08-15–2026-12-19).'
			}
		]);
	});

	it('needs one date per meeting still to plan', () => {
		const result = planTerm(
			input({ meetingCount: 3, schedule: { kind: 'dates', dates: ['2026-09-10', '2026-10-10'] } })
		);
		expect(errorsOf(result)).toEqual([
			{
				field: 'schedule.dates',
				message: 'Ange ett datum för varje möte som ska planeras: 3 behövs, 2 angavs.'
			}
		]);
	});
});

// ---------------------------------------------------------------------------------------------
// Full day and format
// ---------------------------------------------------------------------------------------------

describe('full-day meeting', () => {
	it('gives the chosen meeting the full-day times, 09:00–16:00 by default', () => {
		const plan = ok(planTerm(input({ fullDayIndex: 2 })));
		expect(plan.proposals.map((proposal) => [proposal.isFullDay, proposal.start, proposal.end])).toEqual([
			[false, '13:00', '16:00'],
			[false, '13:00', '16:00'],
			[true, '09:00', '16:00'],
			[false, '13:00', '16:00']
		]);
	});

	it('uses the organiser’s full-day times, written the Swedish way', () => {
		const plan = ok(planTerm(input({ fullDayIndex: 0, fullDayTime: { start: '9.30', end: '15.30' } })));
		expect(plan.proposals[0]).toMatchObject({ isFullDay: true, start: '09:30', end: '15:30' });
	});

	it('has no full day when none is asked for', () => {
		const plan = ok(planTerm(input({ fullDayIndex: null })));
		expect(plan.proposals.some((proposal) => proposal.isFullDay)).toBe(false);
	});

	it('counts the full day among all the term’s meetings, held ones included', () => {
		const held = [{ date: '2026-09-04', format: 'physical' as const }];
		const later = ok(planTerm(input({ today: '2026-09-10', heldMeetings: held, fullDayIndex: 2 })));
		expect(later.proposals.map((proposal) => proposal.isFullDay)).toEqual([false, true, false]);
		const gone = ok(planTerm(input({ today: '2026-09-10', heldMeetings: held, fullDayIndex: 0 })));
		expect(gone.proposals.some((proposal) => proposal.isFullDay)).toBe(false);
		expect(gone.warnings).toEqual(['Heldagen (möte 1) har redan hållits.']);
	});
});

describe('digital and physical in turn', () => {
	it('alternates within a term, starting with the chosen format', () => {
		expect(formatsOf(ok(planTerm(input({ firstFormat: 'physical' }))))).toEqual([
			'physical',
			'digital',
			'physical',
			'digital'
		]);
		expect(formatsOf(ok(planTerm(input({ firstFormat: 'digital', meetingCount: 3 }))))).toEqual([
			'digital',
			'physical',
			'digital'
		]);
	});

	it('continues the alternation from the previous term', () => {
		const plan = ok(
			planTerm(input({ firstFormat: 'continue', previousTermLastFormat: 'physical', meetingCount: 3 }))
		);
		expect(formatsOf(plan)).toEqual(['digital', 'physical', 'digital']);
	});

	it('keeps alternating over three terms with odd and even meeting counts', () => {
		const terms: [Term, number, string][] = [
			[HT_2026, 3, '2026-06-01'],
			[VT_2027, 4, '2026-12-20'],
			[{ season: 'HT', year: 2027 }, 5, '2027-06-20']
		];
		let previous: MeetingFormat | null = null;
		const all: MeetingFormat[] = [];
		for (const [term, meetingCount, today] of terms) {
			const plan: TermProposal = ok(
				planTerm(
					input({
						term,
						today,
						meetingCount,
						firstFormat: previous === null ? 'digital' : 'continue',
						previousTermLastFormat: previous
					})
				)
			);
			all.push(...formatsOf(plan));
			previous = plan.proposals.at(-1)?.format ?? null;
		}
		expect(all).toHaveLength(12);
		all.forEach((format, i) => expect(format).toBe(i % 2 === 0 ? 'digital' : 'physical'));
	});

	it('continues from the last meeting actually held this term', () => {
		const plan = ok(
			planTerm(
				input({
					today: '2026-09-10',
					firstFormat: 'physical',
					// The first meeting had to be held on Teams after all.
					heldMeetings: [{ date: '2026-09-04', format: 'digital' }]
				})
			)
		);
		expect(formatsOf(plan)).toEqual(['physical', 'digital', 'physical']);
	});

	it('asks for a format when there is nothing to continue from', () => {
		expect(errorsOf(planTerm(input({ firstFormat: 'continue', previousTermLastFormat: null })))).toEqual([
			{
				field: 'previousTermLastFormat',
				message:
					'Det finns inget tidigare möte att fortsätta växla från. Välj om terminens första möte ska vara digitalt eller fysiskt.'
			}
		]);
	});
});

// ---------------------------------------------------------------------------------------------
// Beredning
// ---------------------------------------------------------------------------------------------

describe('rotating beredning', () => {
	it('takes three members at a time in turn, leaving the chair out', () => {
		const plan = ok(planTerm(input()));
		expect(plan.proposals.map((proposal) => proposal.beredning)).toEqual([
			['anna', 'bo', 'cecilia'],
			['david', 'eva', 'fredrik'],
			// Sara completes the first round; Anna and Bo start the second.
			['sara', 'anna', 'bo'],
			['cecilia', 'david', 'eva']
		]);
	});

	it('includes the chair when the network asks for it', () => {
		const plan = ok(planTerm(input({ includeChairInBeredning: true })));
		expect(plan.proposals[0]?.beredning).toEqual(['christina', 'anna', 'bo']);
		expect(plan.proposals.flatMap((proposal) => proposal.beredning)).toContain('christina');
	});

	it('uses another group size when asked', () => {
		const plan = ok(planTerm(input({ beredningSize: 2 })));
		expect(plan.proposals.map((proposal) => proposal.beredning)).toEqual([
			['anna', 'bo'],
			['cecilia', 'david'],
			['eva', 'fredrik'],
			['sara', 'anna']
		]);
	});

	it('continues the rotation from earlier terms', () => {
		const history: BeredningAssignment[] = [
			{ date: '2026-02-06', memberIds: ['anna', 'bo', 'cecilia'] },
			{ date: '2026-04-17', memberIds: ['david', 'eva', 'fredrik'] }
		];
		const plan = ok(planTerm(input({ beredningHistory: history })));
		expect(plan.proposals[0]?.beredning).toEqual(['sara', 'anna', 'bo']);
	});

	it('never assigns members who have left', () => {
		const members = NETWORK.map((m) =>
			m.id === 'bo' ? { ...m, leftOn: '2026-08-01' } : m.id === 'eva' ? { ...m, leftOn: '2026-10-15' } : m
		);
		const plan = ok(planTerm(input({ members, meetingCount: 8 })));
		for (const proposal of plan.proposals) {
			expect(proposal.beredning).not.toContain('bo');
			if (proposal.date >= '2026-10-15') expect(proposal.beredning).not.toContain('eva');
		}
		expect(plan.proposals[0]?.beredning).toEqual(['anna', 'cecilia', 'david']);
	});

	it('does not assign members before they join', () => {
		const members = [...NETWORK, member('gunnar', 'kungsbacka', { joinedOn: '2026-11-01' })];
		const plan = ok(planTerm(input({ members, meetingCount: 8 })));
		const first = plan.proposals.find((proposal) => proposal.beredning.includes('gunnar'));
		expect(first?.date !== undefined && first.date >= '2026-11-01').toBe(true);
	});

	it('puts a newcomer before everyone who already served in the current round', () => {
		const members = ['anna', 'bo', 'cecilia', 'david'].map((id) => member(id, id));
		const history: BeredningAssignment[] = [
			{ date: '2026-02-06', memberIds: ['anna', 'bo'] },
			{ date: '2026-03-06', memberIds: ['cecilia', 'david'] },
			// A new round has started: Anna and Bo have served in it, Cecilia and David have not.
			{ date: '2026-04-17', memberIds: ['anna', 'bo'] }
		];
		const withNewcomer = [...members, member('erik', 'erik', { joinedOn: '2026-05-01' })];
		const plan = ok(planTerm(input({ members: withNewcomer, beredningSize: 2, beredningHistory: history })));
		expect(plan.proposals.map((proposal) => proposal.beredning)).toEqual([
			// Those who have waited since the last round go first, then the newcomer, before Anna.
			['cecilia', 'david'],
			['erik', 'anna'],
			['bo', 'cecilia'],
			['david', 'erik']
		]);
	});

	it('makes a smaller group, with a note, when few members are active', () => {
		const members = [
			member('christina', 'gr', { role: 'chair' }),
			member('anna', 'goteborg'),
			member('bo', 'molndal')
		];
		const plan = ok(planTerm(input({ members, meetingCount: 2 })));
		expect(plan.proposals[0]?.beredning).toEqual(['anna', 'bo']);
		expect(plan.proposals[0]?.notes).toContain(
			'Bara 2 aktiva medlemmar kan ingå i beredningen (önskat antal: 3).'
		);
		const pair = ok(planTerm(input({ members: members.slice(0, 2), meetingCount: 1 })));
		expect(pair.proposals[0]?.notes).toContain(
			'Bara 1 aktiv medlem kan ingå i beredningen (önskat antal: 3).'
		);
		const alone = ok(planTerm(input({ members: members.slice(0, 1), meetingCount: 1 })));
		expect(alone.proposals[0]?.beredning).toEqual([]);
		expect(alone.proposals[0]?.notes).toContain(
			'Det finns inga aktiva medlemmar som kan ingå i beredningen.'
		);
	});

	it('ignores stored assignments after today, and says so', () => {
		const history: BeredningAssignment[] = [{ date: '2026-09-04', memberIds: ['anna', 'bo', 'cecilia'] }];
		const plan = ok(planTerm(input({ beredningHistory: history })));
		expect(plan.proposals[0]?.beredning).toEqual(['anna', 'bo', 'cecilia']);
		expect(plan.warnings).toEqual(['1 beredning efter dagens datum har inte räknats med i turordningen.']);
	});

	it('ignores history entries for people who are not members', () => {
		const history: BeredningAssignment[] = [{ date: '2026-02-06', memberIds: ['okand', 'anna'] }];
		const plan = ok(planTerm(input({ beredningHistory: history })));
		expect(plan.proposals[0]?.beredning).toEqual(['bo', 'cecilia', 'david']);
	});
});

// ---------------------------------------------------------------------------------------------
// Hosts and venues
// ---------------------------------------------------------------------------------------------

describe('hosts of physical meetings', () => {
	const venues = { gr: 'GR, Anders Personsgatan 8, Göteborg', goteborg: 'Stadshuset, Göteborg' };

	it('lets the member organisations host in turn and proposes their venue', () => {
		const plan = ok(planTerm(input({ venues, meetingCount: 6 })));
		expect(
			plan.proposals.map((proposal) => [proposal.format, proposal.hostOrganisationId, proposal.venue])
		).toEqual([
			['physical', 'gr', venues.gr],
			['digital', null, null],
			['physical', 'goteborg', venues.goteborg],
			['digital', null, null],
			['physical', 'molndal', null],
			['digital', null, null]
		]);
		expect(plan.proposals[4]?.notes).toContain('Lokal saknas: värdorganisationen har ingen lokal angiven.');
	});

	it('continues from earlier hosts and skips organisations without active members', () => {
		const hostHistory: HostAssignment[] = [
			{ date: '2026-03-13', organisationId: 'gr' },
			{ date: '2026-05-15', organisationId: 'goteborg' }
		];
		const members = NETWORK.map((m) => (m.id === 'bo' ? { ...m, leftOn: '2026-06-30' } : m));
		const plan = ok(planTerm(input({ members, hostHistory, meetingCount: 6 })));
		const hosts = plan.proposals.filter((p) => p.format === 'physical').map((p) => p.hostOrganisationId);
		expect(hosts).toEqual(['kungalv', 'alingsas', 'boras']);
	});

	it('proposes no host when no active member belongs to an organisation', () => {
		const members = [member('anna', null), member('bo', null)];
		const plan = ok(planTerm(input({ members, meetingCount: 1 })));
		expect(plan.proposals[0]?.hostOrganisationId).toBeNull();
		expect(plan.proposals[0]?.notes).toContain(
			'Ingen värdorganisation kunde föreslås: inga aktiva medlemmar är kopplade till en organisation.'
		);
	});

	it('does not take a venue from the object prototype', () => {
		const members = [member('anna', 'constructor')];
		const plan = ok(planTerm(input({ members, meetingCount: 1, venues: {} })));
		expect(plan.proposals[0]).toMatchObject({ hostOrganisationId: 'constructor', venue: null });
	});
});

// ---------------------------------------------------------------------------------------------
// Fairness over three terms (property)
// ---------------------------------------------------------------------------------------------

interface HeldRecord {
	date: string;
	beredning: string[];
	host: string | null;
	format: MeetingFormat;
	/** Who could serve on this date. */
	eligible: string[];
	/** Organisations that could host on this date. */
	organisations: string[];
}

const THREE_TERMS: Term[] = [HT_2026, VT_2027, { season: 'HT', year: 2027 }];

const scenarioArb = fc.record({
	members: fc.array(
		fc.record({
			joinOffset: fc.integer({ min: -60, max: 520 }),
			stay: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
			organisation: fc.integer({ min: 0, max: 4 }),
			role: fc.constantFrom<Member['role']>('member', 'member', 'secretary', 'chair')
		}),
		{ minLength: 1, maxLength: 9 }
	),
	includeChairInBeredning: fc.boolean(),
	beredningSize: fc.integer({ min: 1, max: 4 }),
	meetingCounts: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 3, maxLength: 3 }),
	weekdays: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }),
	firstFormat: fc.constantFrom<MeetingFormat>('digital', 'physical')
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function isActive(m: Member, date: string): boolean {
	return m.joinedOn <= date && (m.leftOn === null || date < m.leftOn);
}

/** Plans the three terms one after the other, feeding each term's plan in as history. */
function runThreeTerms(scenario: Scenario): { members: Member[]; meetings: HeldRecord[] } {
	const members: Member[] = scenario.members.map((m, i) => {
		const joinedOn = addDays('2026-08-01', m.joinOffset);
		return {
			id: `m${i}`,
			organisationId: m.organisation === 4 ? null : `o${m.organisation}`,
			role: m.role,
			joinedOn,
			leftOn: m.stay === null ? null : addDays(joinedOn, m.stay)
		};
	});
	const beredningHistory: BeredningAssignment[] = [];
	const hostHistory: HostAssignment[] = [];
	const meetings: HeldRecord[] = [];
	let previous: MeetingFormat | null = null;
	THREE_TERMS.forEach((term, t) => {
		const plan = ok(
			planTerm({
				term,
				today: addDays(termWindow(term).start, -1),
				meetingCount: scenario.meetingCounts[t] ?? 1,
				schedule: { kind: 'weekday', weekday: scenario.weekdays[t] ?? 1 },
				time: { start: '13:00', end: '15:00' },
				fullDayIndex: 0,
				firstFormat: previous === null ? scenario.firstFormat : 'continue',
				previousTermLastFormat: previous,
				members,
				includeChairInBeredning: scenario.includeChairInBeredning,
				beredningSize: scenario.beredningSize,
				beredningHistory: [...beredningHistory],
				hostHistory: [...hostHistory]
			})
		);
		for (const proposal of plan.proposals) {
			beredningHistory.push({ date: proposal.date, memberIds: proposal.beredning });
			if (proposal.hostOrganisationId !== null) {
				hostHistory.push({ date: proposal.date, organisationId: proposal.hostOrganisationId });
			}
			const active = members.filter((m) => isActive(m, proposal.date));
			meetings.push({
				date: proposal.date,
				beredning: proposal.beredning,
				host: proposal.hostOrganisationId,
				format: proposal.format,
				eligible: active
					.filter((m) => scenario.includeChairInBeredning || m.role !== 'chair')
					.map((m) => m.id)
					.sort(),
				organisations: [
					...new Set(active.flatMap((m) => (m.organisationId === null ? [] : [m.organisationId])))
				].sort()
			});
		}
		previous = plan.proposals.at(-1)?.format ?? previous;
	});
	return { members, meetings };
}

/**
 * Within every run of meetings where the set of candidates stays the same: between two turns
 * of the same candidate, every candidate has had a turn (counting both end meetings, since a
 * round can end and the next begin at the same meeting).
 */
function expectRoundRobin(turns: { candidates: string[]; served: string[] }[]): void {
	let start = 0;
	while (start < turns.length) {
		const key = turns[start]?.candidates.join(',');
		let end = start;
		while (end + 1 < turns.length && turns[end + 1]?.candidates.join(',') === key) end++;
		const run = turns.slice(start, end + 1);
		const candidates = run[0]?.candidates ?? [];
		for (const candidate of candidates) {
			const positions = run.flatMap((turn, i) => (turn.served.includes(candidate) ? [i] : []));
			for (let p = 1; p < positions.length; p++) {
				const between = run.slice(positions[p - 1], (positions[p] ?? 0) + 1).flatMap((turn) => turn.served);
				for (const other of candidates) expect(between).toContain(other);
			}
		}
		start = end + 1;
	}
}

describe('fairness over three consecutive terms', () => {
	it('gives every meeting min(size, active) distinct active members and never skips anyone’s turn', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				const { meetings } = runThreeTerms(scenario);
				for (const meeting of meetings) {
					expect(meeting.beredning).toHaveLength(Math.min(scenario.beredningSize, meeting.eligible.length));
					expect(new Set(meeting.beredning).size).toBe(meeting.beredning.length);
					// Only active members, and the chair only when flagged: left members are never assigned.
					for (const id of meeting.beredning) expect(meeting.eligible).toContain(id);
				}
				expectRoundRobin(meetings.map((m) => ({ candidates: m.eligible, served: m.beredning })));
			}),
			{ numRuns: 300 }
		);
	});

	it('lets nobody serve twice while a newly eligible member is still waiting for a first turn', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				const { meetings } = runThreeTerms(scenario);
				const everyone = new Set(meetings.flatMap((m) => m.eligible));
				for (const id of everyone) {
					const from = meetings.findIndex((m) => m.eligible.includes(id));
					const firstTurn = meetings.findIndex((m, i) => i >= from && m.beredning.includes(id));
					const until = firstTurn === -1 ? meetings.length : firstTurn;
					// Only while the member stays eligible the whole time.
					if (meetings.slice(from, until + 1).some((m) => !m.eligible.includes(id))) continue;
					const turns = meetings.slice(from, until).flatMap((m) => m.beredning);
					expect(new Set(turns).size).toBe(turns.length);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('alternates formats across the terms and rotates hosts fairly among active organisations', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				const { meetings } = runThreeTerms(scenario);
				meetings.forEach((meeting, i) => {
					const expected =
						i % 2 === 0 ? scenario.firstFormat : scenario.firstFormat === 'digital' ? 'physical' : 'digital';
					expect(meeting.format).toBe(expected);
					if (meeting.format === 'digital') expect(meeting.host).toBeNull();
					else if (meeting.organisations.length === 0) expect(meeting.host).toBeNull();
					else expect(meeting.organisations).toContain(meeting.host);
				});
				const physical = meetings.filter((m) => m.format === 'physical');
				expectRoundRobin(
					physical.map((m) => ({ candidates: m.organisations, served: m.host === null ? [] : [m.host] }))
				);
			}),
			{ numRuns: 300 }
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

describe('validation', () => {
	it.each([0, 21, 2.5, -1])('refuses %s meetings', (meetingCount) => {
		expect(errorsOf(planTerm(input({ meetingCount })))).toEqual([
			{ field: 'meetingCount', message: 'Antalet möten måste vara ett heltal från 1 till 20.' }
		]);
	});

	it('refuses an end time before or at the start time', () => {
		for (const end of ['12:00', '13:00']) {
			expect(errorsOf(planTerm(input({ time: { start: '13:00', end } })))).toEqual([
				{ field: 'time.end', message: 'Sluttiden måste vara senare än starttiden.' }
			]);
		}
		expect(
			errorsOf(planTerm(input({ fullDayIndex: 0, fullDayTime: { start: '16:00', end: '09:00' } })))
		).toEqual([{ field: 'fullDayTime.end', message: 'Sluttiden måste vara senare än starttiden.' }]);
	});

	it('refuses times that are not times of day', () => {
		expect(errorsOf(planTerm(input({ time: { start: '25:00', end: 'kväll' } })))).toEqual([
			{ field: 'time.start', message: 'Ange starttiden som TT:MM, t.ex. 09:30.' },
			{ field: 'time.end', message: 'Ange sluttiden som TT:MM, t.ex. 12:00.' }
		]);
	});

	it.each([0, 6, 7, 2.5])('refuses weekday %s', (weekday) => {
		expect(errorsOf(planTerm(input({ schedule: { kind: 'weekday', weekday } })))).toEqual([
			{ field: 'schedule.weekday', message: 'Välj en veckodag från måndag till fredag.' }
		]);
	});

	it('refuses a full day that is not one of the meetings', () => {
		expect(errorsOf(planTerm(input({ fullDayIndex: 4 })))).toEqual([
			{ field: 'fullDayIndex', message: 'Heldagen måste vara ett av terminens möten (möte 1–4).' }
		]);
	});

	it('refuses a broken term, member, history or window', () => {
		const members = [
			member('anna', 'goteborg', { joinedOn: '2026-05-01', leftOn: '2026-04-01' }),
			member('anna', 'x')
		];
		const result = planTerm(
			input({
				term: { season: 'HT', year: 20266 },
				today: 'idag',
				members,
				beredningHistory: [{ date: 'förra veckan', memberIds: [] }],
				beredningSize: 0
			})
		);
		expect(errorsOf(result)).toEqual([
			{ field: 'term.year', message: 'Året måste vara mellan 2000 och 2100.' },
			{ field: 'today', message: 'Ogiltigt datum. Ange datum som ÅÅÅÅ-MM-DD, t.ex. 2026-09-18.' },
			{ field: 'members[0].leftOn', message: 'Slutdatumet måste vara efter startdatumet.' },
			{ field: 'members[1].id', message: 'Medlemmen anna finns med flera gånger.' },
			{ field: 'beredningSize', message: 'Beredningen måste bestå av minst en person.' },
			{
				field: 'beredningHistory[0].date',
				message: 'Ogiltigt datum. Ange datum som ÅÅÅÅ-MM-DD, t.ex. 2026-09-18.'
			}
		]);
		expect(errorsOf(planTerm(input({ window: { start: '2026-07-01', end: '2026-12-31' } })))).toEqual([
			{ field: 'window', message: 'HT 2026 måste ligga mellan 2026-08-01 och 2026-12-31.' }
		]);
	});

	it('refuses held meetings that have not happened or do not fit the term', () => {
		const result = planTerm(
			input({
				today: '2026-09-10',
				meetingCount: 1,
				heldMeetings: [
					{ date: '2026-09-25', format: 'digital' },
					{ date: '2026-05-01', format: 'physical' }
				]
			})
		);
		expect(errorsOf(result)).toEqual([
			{
				field: 'heldMeetings[0].date',
				message:
					'2026-09-25 är efter dagens datum (2026-09-10); ett möte som inte har hållits kan inte anges som hållet.'
			},
			{ field: 'heldMeetings[1].date', message: '2026-05-01 ligger utanför terminen HT 2026.' },
			{ field: 'heldMeetings', message: 'Fler möten har redan hållits (2) än terminen ska ha (1).' }
		]);
	});
});

// ---------------------------------------------------------------------------------------------
// Determinism
// ---------------------------------------------------------------------------------------------

describe('determinism', () => {
	it('gives the same proposal for the same input and leaves the input untouched', () => {
		const frozen = deepFreeze(
			input({
				meetingCount: 6,
				fullDayIndex: 3,
				beredningHistory: [{ date: '2026-04-17', memberIds: ['david', 'anna'] }],
				hostHistory: [{ date: '2026-04-17', organisationId: 'boras' }],
				venues: { gr: 'GR' }
			})
		);
		const copy = structuredClone(frozen);
		const first: Result<TermProposal> = planTerm(frozen);
		expect(planTerm(frozen)).toEqual(first);
		expect(planTerm(copy)).toEqual(first);
		expect(copy).toEqual(frozen);
	});

	it('does not depend on the order of the history beyond the dates', () => {
		const history: BeredningAssignment[] = [
			{ date: '2026-04-17', memberIds: ['david', 'eva', 'fredrik'] },
			{ date: '2026-02-06', memberIds: ['anna', 'bo', 'cecilia'] }
		];
		const sorted = [...history].reverse();
		const proposals = (h: BeredningAssignment[]): MeetingProposal[] =>
			ok(planTerm(input({ beredningHistory: h }))).proposals;
		expect(proposals(history)).toEqual(proposals(sorted));
	});

	it('is a function of its input for any scenario', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				expect(runThreeTerms(scenario)).toEqual(runThreeTerms(structuredClone(scenario)));
			}),
			{ numRuns: 50 }
		);
	});
});
