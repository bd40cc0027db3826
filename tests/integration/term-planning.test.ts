/**
 * Term planning against the database: the proposal continues alternation and rotations from what is
 * stored, saving creates numbered meetings with beredning and agendas, re-planning leaves held
 * meetings alone.
 */
import { describe, expect, it } from 'vitest';
import { sql } from '../../src/lib/server/platform/db.ts';
import * as agenda from '../../src/lib/server/networks/agenda.ts';
import * as networks from '../../src/lib/server/networks/networks.ts';
import * as terms from '../../src/lib/server/networks/terms.ts';
import { termRequestSchema, termSaveSchema } from '../../src/lib/schemas/meetings.ts';
import { createNetwork } from './factories.ts';
import { addPerson, createOrganisation } from './network-factories.ts';

const CANCEL_REASON = 'Ersatt när terminen planerades om.';

async function network() {
	const net = await createNetwork({ name: 'GR:s digitaliseringsnätverk (test)' });
	await sql`update networks set default_online_url = 'https://teams.example/gr' where id = ${net.id}`;
	const gr = await createOrganisation({ name: `GR ${net.id}`, kind: 'federation' });
	const molndal = await createOrganisation({
		name: `Mölndal ${net.id}`,
		venue: 'Mölndals stadshus',
		address: 'Göteborgsvägen 11'
	});
	const kungsbacka = await createOrganisation({
		name: `Kungsbacka ${net.id}`,
		venue: 'Kungsbacka stadshus',
		address: 'Storgatan 37'
	});
	const chair = await addPerson(net.id, 'chair', { organisationId: gr.id, name: 'Christina' });
	const people = [];
	for (const [i, org] of [molndal, kungsbacka, molndal, kungsbacka, gr, molndal].entries()) {
		people.push(
			await addPerson(net.id, 'member', {
				organisationId: org.id,
				name: `Ledamot ${i + 1}`,
				joinedOn: '2024-01-0' + (i + 1)
			})
		);
	}
	await agenda.addStandingItem(net.id, {
		kind: 'information',
		title: 'Laget runt',
		description: '',
		durationMinutes: 30,
		listsActionItems: false
	});
	const full = (await networks.getNetwork(net.id))!;
	return { net: full, chair, people, orgs: { gr, molndal, kungsbacka } };
}

const request = (overrides: Partial<terms.TermPlanRequest> = {}): terms.TermPlanRequest => ({
	term: { season: 'HT', year: 2030 },
	meetingCount: 4,
	schedule: { kind: 'weekday', weekday: 2 },
	time: { start: '09:00', end: '12:00' },
	fullDayIndex: 2,
	fullDayTime: { start: '09:00', end: '16:00' },
	firstFormat: 'digital',
	includeChairInBeredning: false,
	...overrides
});

async function propose(net: networks.Network, today: string, overrides: Partial<terms.TermPlanRequest> = {}) {
	const result = await terms.proposeTerm(net, request(overrides), today);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.value;
}

async function save(
	net: networks.Network,
	plan: terms.TermPlan,
	today: string,
	term = { season: 'HT' as const, year: 2030 }
) {
	const outcome = await terms.saveTerm(net, term, plan.meetings, today, CANCEL_REASON);
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome.value;
}

const stored = (networkId: number) =>
	sql<
		{
			id: number;
			number: number;
			date: string;
			format: string;
			isFullDay: boolean;
			status: string;
			sequence: number;
			venue: string | null;
			onlineUrl: string | null;
			hostOrganisationId: number | null;
		}[]
	>`
		select id, number, to_char(starts_at at time zone 'Europe/Stockholm', 'YYYY-MM-DD') as date, format, is_full_day,
			status, sequence, venue, online_url, host_organisation_id
		from meetings where network_id = ${networkId} order by starts_at, number`;

const beredningOf = async (meetingId: number) =>
	(
		await sql<
			{ membershipId: number }[]
		>`select membership_id from meeting_beredning where meeting_id = ${meetingId}`
	)
		.map((r) => r.membershipId)
		.sort((a, b) => a - b);

describe('proposing a term', () => {
	it('alternates digital and physical, rotates a beredning of three without the chair, and proposes hosts with their venue', async () => {
		const { net, chair, people, orgs } = await network();
		const plan = await propose(net, '2030-06-01');
		expect(plan.label).toBe('HT 2030');
		expect(plan.meetings.map((p) => p.format)).toEqual(['digital', 'physical', 'digital', 'physical']);
		expect(plan.meetings.map((p) => p.isFullDay)).toEqual([false, false, true, false]);
		expect(plan.meetings[2]).toMatchObject({ start: '09:00', end: '16:00' });
		for (const meeting of plan.meetings) {
			expect(meeting.beredning).toHaveLength(3);
			expect(meeting.beredning).not.toContain(chair.membershipId);
		}
		// six members, three at a time: the first two meetings cover everyone once
		expect(new Set([...plan.meetings[0]!.beredning, ...plan.meetings[1]!.beredning]).size).toBe(6);
		expect(new Set(plan.meetings.flatMap((p) => p.beredning))).toEqual(
			new Set(people.map((p) => p.membershipId))
		);
		const physical = plan.meetings.filter((p) => p.format === 'physical');
		expect(physical.every((p) => p.hostOrganisationId !== null)).toBe(true);
		const molndal = physical.find((p) => p.hostOrganisationId === orgs.molndal.id);
		expect(molndal).toMatchObject({ venue: 'Mölndals stadshus', address: 'Göteborgsvägen 11' });
		for (const p of plan.meetings) expect(p.date >= '2030-08-15' && p.date <= '2030-12-19').toBe(true);
	});

	it('counts the chair when the network asks for it', async () => {
		const { net, chair } = await network();
		const plan = await propose(net, '2030-06-01', { includeChairInBeredning: true, meetingCount: 7 });
		expect(plan.meetings.flatMap((p) => p.beredning)).toContain(chair.membershipId);
	});

	it('answers a plan that cannot be made with Swedish messages per field', async () => {
		const { net } = await network();
		const result = await terms.proposeTerm(
			net,
			request({
				schedule: { kind: 'dates', dates: ['2030-07-01', '2030-09-01'] },
				meetingCount: 2,
				fullDayIndex: null
			}),
			'2030-06-01'
		);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors).toEqual([
			{ field: 'schedule.dates[0]', message: expect.stringContaining('ligger utanför terminen HT 2030') }
		]);
	});
});

describe('saving a term', () => {
	it('creates numbered meetings with format, place, beredning and the standing items', async () => {
		const { net } = await network();
		await sql`
			insert into meetings (network_id, number, starts_at, ends_at, format)
			values (${net.id}, 20, '2030-05-20T07:00:00Z', '2030-05-20T10:00:00Z', 'physical')`;
		const plan = await propose(net, '2030-06-01', { firstFormat: 'continue' });
		expect(plan.meetings[0]!.format).toBe('digital');
		expect(await save(net, plan, '2030-06-01')).toEqual({
			created: [21, 22, 23, 24],
			updated: [],
			cancelled: []
		});
		const rows = (await stored(net.id)).filter((r) => r.number > 20);
		expect(rows.map((r) => [r.number, r.format, r.isFullDay])).toEqual([
			[21, 'digital', false],
			[22, 'physical', false],
			[23, 'digital', true],
			[24, 'physical', false]
		]);
		expect(rows[0]).toMatchObject({
			onlineUrl: 'https://teams.example/gr',
			venue: null,
			hostOrganisationId: null
		});
		expect(rows[1]!.onlineUrl).toBeNull();
		expect(rows[1]!.venue).toBe(plan.meetings[1]!.venue);
		expect(await beredningOf(rows[0]!.id)).toEqual([...plan.meetings[0]!.beredning].sort((a, b) => a - b));
		const [{ count }] = await sql<{ count: number }[]>`
			select count(*) from agenda_items a join meetings m on m.id = a.meeting_id
			where m.network_id = ${net.id} and a.title = 'Laget runt'`;
		expect(count).toBe(4);
	});

	it('continues alternation and rotation into the next term, from the planned meetings', async () => {
		const { net, people } = await network();
		const autumn = await propose(net, '2030-06-01', { meetingCount: 3, fullDayIndex: null });
		await save(net, autumn, '2030-06-01');
		// planned in the summer too, before any autumn meeting has been held
		const spring = await propose(net, '2030-06-02', {
			term: { season: 'VT', year: 2031 },
			firstFormat: 'continue',
			meetingCount: 3,
			fullDayIndex: null
		});
		expect(autumn.meetings.map((p) => p.format)).toEqual(['digital', 'physical', 'digital']);
		expect(spring.meetings[0]!.format).toBe('physical');
		// 18 seats over 6 members: everyone serves three times, and the spring starts with those not in
		// the autumn's last group
		const served = [...autumn.meetings, ...spring.meetings].flatMap((p) => p.beredning);
		expect(people.map((p) => served.filter((id) => id === p.membershipId).length)).toEqual([
			3, 3, 3, 3, 3, 3
		]);
		expect(spring.meetings[0]!.beredning.some((id) => autumn.meetings[2]!.beredning.includes(id))).toBe(
			false
		);
		expect(new Set(served.slice(0, 6)).size).toBe(6);
	});

	it('lets the organiser change the proposal before saving', async () => {
		const { net, people } = await network();
		const plan = await propose(net, '2030-06-01', { meetingCount: 2, fullDayIndex: null });
		const edited = plan.meetings.map((p, i) =>
			i === 0
				? {
						...p,
						date: '2030-09-03',
						format: 'hybrid' as const,
						venue: 'GR, Anders Personsgatan 8',
						beredning: [people[5]!.membershipId]
					}
				: p
		);
		const outcome = await terms.saveTerm(
			net,
			{ season: 'HT', year: 2030 },
			edited,
			'2030-06-01',
			CANCEL_REASON
		);
		expect(outcome.ok).toBe(true);
		const [first] = await stored(net.id);
		expect(first).toMatchObject({
			date: '2030-09-03',
			format: 'hybrid',
			venue: 'GR, Anders Personsgatan 8',
			onlineUrl: 'https://teams.example/gr'
		});
		expect(await beredningOf(first!.id)).toEqual([people[5]!.membershipId]);
	});

	it('refuses bad rows with a Swedish message for that row and saves nothing', async () => {
		const { net, people } = await network();
		const elsewhere = await createNetwork();
		const stranger = await addPerson(elsewhere.id, 'member');
		const plan = await propose(net, '2030-06-01', { fullDayIndex: null });
		const cases: [terms.PlannedMeetingInput[], string, RegExp][] = [
			[
				plan.meetings.map((p, i) => (i === 1 ? { ...p, end: '08:00' } : p)),
				'rows.1.end',
				/senare än starttiden/
			],
			[
				plan.meetings.map((p, i) => (i === 2 ? { ...p, date: '2030-05-01' } : p)),
				'rows.2.date',
				/har redan varit/
			],
			[
				plan.meetings.map((p, i) => (i === 0 ? { ...p, date: '2031-01-20' } : p)),
				'rows.0.date',
				/utanför HT 2030/
			],
			[
				plan.meetings.map((p, i) =>
					i === 3 ? { ...p, beredning: [people[0]!.membershipId, stranger.membershipId] } : p
				),
				'rows.3.beredning',
				/Okänd medlem/
			]
		];
		for (const [rows, field, message] of cases) {
			const outcome = await terms.saveTerm(
				net,
				{ season: 'HT', year: 2030 },
				rows,
				'2030-06-01',
				CANCEL_REASON
			);
			expect(outcome).toMatchObject({ ok: false, field, message: expect.stringMatching(message) });
		}
		expect(await stored(net.id)).toEqual([]);
	});

	it('keeps the numbering straight when two organisers save at the same time', async () => {
		const { net } = await network();
		const plan = await propose(net, '2030-06-01');
		const results = await Promise.all([save(net, plan, '2030-06-01'), save(net, plan, '2030-06-01')]);
		const rows = await stored(net.id);
		expect(rows.filter((r) => r.status !== 'cancelled')).toHaveLength(4);
		expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
		expect(results.map((r) => r.created.length + r.updated.length)).toEqual([4, 4]);
	});
});

describe('re-planning a term', () => {
	it('never touches meetings that already happened; updates the later ones in place and cancels the rest', async () => {
		const { net } = await network();
		await save(net, await propose(net, '2030-06-01', { meetingCount: 5, fullDayIndex: null }), '2030-06-01');
		const before = await stored(net.id);
		const today = before[1]!.date; // two meetings have been held
		const laterId = before[2]!.id;
		await agenda.addAgendaItem(laterId, {
			kind: 'discussion',
			title: 'Redan förberedd punkt',
			description: '',
			durationMinutes: 20,
			pinnedStart: null,
			responsibles: []
		});

		const plan = await propose(net, today, { meetingCount: 4, fullDayIndex: null, firstFormat: 'physical' });
		// the alternation continues from the last held meeting, whatever was asked
		expect(plan.meetings.map((p) => p.format)).toEqual(['digital', 'physical']);
		expect(plan.heldMeetings.map((h) => h.number)).toEqual([before[0]!.number, before[1]!.number]);
		const saved = await save(net, plan, today);
		expect(saved).toEqual({
			created: [],
			updated: [before[2]!.number, before[3]!.number],
			cancelled: [before[4]!.number]
		});

		const after = await stored(net.id);
		expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
		expect(after.find((r) => r.id === laterId)!.status).toBe('planned');
		expect(
			(await agenda.getAgenda({ id: laterId, start: '09:00', end: '12:00' })).items.map((i) => i.title)
		).toContain('Redan förberedd punkt');
		const cancelled = after.find((r) => r.number === before[4]!.number)!;
		expect(cancelled).toMatchObject({ status: 'cancelled', sequence: before[4]!.sequence + 1 });
		const [{ cancelReason }] = await sql<
			{ cancelReason: string }[]
		>`select cancel_reason from meetings where id = ${cancelled.id}`;
		expect(cancelReason).toBe(CANCEL_REASON);
	});

	it('adds meetings with the next numbers when the new plan has more', async () => {
		const { net } = await network();
		await save(net, await propose(net, '2030-06-01', { meetingCount: 2, fullDayIndex: null }), '2030-06-01');
		const saved = await save(
			net,
			await propose(net, '2030-06-01', { meetingCount: 4, fullDayIndex: null }),
			'2030-06-01'
		);
		expect(saved).toEqual({ created: [3, 4], updated: [1, 2], cancelled: [] });
	});
});

describe('term planning forms', () => {
	const errors = (
		schema: typeof termRequestSchema | typeof termSaveSchema,
		input: Record<string, string>
	) => {
		const result = schema.safeParse(input);
		return result.success
			? {}
			: Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
	};
	const base = {
		term: 'HT-2030',
		meetingCount: '4',
		scheduleKind: 'weekday',
		weekday: '2',
		start: '09:00',
		end: '12:00',
		fullDay: '3',
		fullDayStart: '09:00',
		fullDayEnd: '16:00',
		firstFormat: 'continue'
	};

	it('reads a plan request', () => {
		const result = termRequestSchema.safeParse({
			...base,
			scheduleKind: 'dates',
			dates: '2030-09-03\n2030-10-01, 2030-11-05'
		});
		expect(result.success && result.data).toMatchObject({
			term: { season: 'HT', year: 2030 },
			meetingCount: 4,
			dates: ['2030-09-03', '2030-10-01', '2030-11-05'],
			fullDay: 3
		});
	});

	it('refuses 0 meetings, an end before the start and a full day that is not a meeting', () => {
		expect(errors(termRequestSchema, { ...base, meetingCount: '0' })).toEqual({
			meetingCount: 'Ange antalet möten, ett heltal från 1 till 20.'
		});
		expect(errors(termRequestSchema, { ...base, end: '08:30' })).toEqual({
			end: 'Sluttiden måste vara senare än starttiden.'
		});
		expect(errors(termRequestSchema, { ...base, fullDay: '6' })).toEqual({
			fullDay: 'Heldagen måste vara ett av terminens möten.'
		});
		expect(
			errors(termRequestSchema, { ...base, scheduleKind: 'dates', dates: '2030-09-03 den 4 oktober' })
		).toEqual({
			dates: expect.stringContaining('är inte ett datum')
		});
	});

	it('reads the reviewed rows and names the row that is wrong', () => {
		const rows = {
			term: 'HT-2030',
			'rows.0.date': '2030-09-03',
			'rows.0.start': '09:00',
			'rows.0.end': '12:00',
			'rows.0.format': 'digital',
			'rows.0.beredning.0': '4',
			'rows.0.beredning.1': '',
			'rows.0.beredning.2': '6',
			'rows.1.date': '2030-10-01',
			'rows.1.start': '13:00',
			'rows.1.end': '12:00',
			'rows.1.format': 'physical',
			'rows.1.isFullDay': 'on',
			'rows.1.hostOrganisationId': '3',
			'rows.1.venue': 'Mölndals stadshus'
		};
		expect(errors(termSaveSchema, rows)).toEqual({
			'rows.1.end': 'Sluttiden måste vara senare än starttiden.'
		});
		const ok = termSaveSchema.safeParse({ ...rows, 'rows.1.end': '16:00' });
		expect(ok.success && ok.data.rows).toEqual([
			expect.objectContaining({ beredning: [4, 6], isFullDay: false, hostOrganisationId: null }),
			expect.objectContaining({
				beredning: [],
				isFullDay: true,
				hostOrganisationId: 3,
				venue: 'Mölndals stadshus'
			})
		]);
		expect(errors(termSaveSchema, { ...rows, 'rows.0.beredning.2': '4', 'rows.1.end': '16:00' })).toEqual({
			'rows.0.beredning': 'Samma person kan inte vara med två gånger i beredningen.'
		});
	});
});
