/** Agendas: items in order, running times, reordering, copying, standing items, guests, action items. */
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from '../../src/lib/server/platform/db.ts';
import * as actionItems from '../../src/lib/server/networks/action-items.ts';
import * as agenda from '../../src/lib/server/networks/agenda.ts';
import * as meetings from '../../src/lib/server/networks/meetings.ts';
import { formatClock } from '../../src/lib/domain/networks/agenda-times.ts';
import { agendaItemSchema, reorderSchema } from '../../src/lib/schemas/agenda.ts';
import { createMeeting, createStaffedNetwork } from './network-factories.ts';

const item = (overrides: Partial<agenda.AgendaItemInput> = {}): agenda.AgendaItemInput => ({
	kind: 'information',
	title: 'Punkt',
	description: '',
	durationMinutes: 15,
	pinnedStart: null,
	responsibles: [],
	...overrides
});

async function add(meetingId: number, overrides: Partial<agenda.AgendaItemInput> = {}): Promise<number> {
	const outcome = await agenda.addAgendaItem(meetingId, item(overrides));
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome.value.id;
}

async function setup(date = '2030-03-12', start = '09:00', end = '12:00') {
	const staffed = await createStaffedNetwork();
	const { id, number } = await createMeeting(staffed.network.id, { date, start, end });
	const meeting = (await meetings.getMeeting(staffed.network.id, number))!;
	return { ...staffed, meeting, meetingId: id };
}

const titles = async (meeting: { id: number; start: string; end: string }) =>
	(await agenda.getAgenda(meeting)).items.map((i) => i.title);

const originalTz = process.env.TZ;
afterEach(() => {
	process.env.TZ = originalTz;
});

describe('items and times', () => {
	it('numbers the items, leaves the break unnumbered and gives each a running start time', async () => {
		const { meeting, member } = await setup();
		await add(meeting.id, { title: 'Presentation av nya deltagare', responsibles: [member.membershipId] });
		await add(meeting.id, { title: 'Tidigare minnesanteckningar' });
		await add(meeting.id, { kind: 'discussion', title: 'Ersättares roll i E-rådet', durationMinutes: 30 });
		await add(meeting.id, { kind: 'break', title: 'Paus', durationMinutes: 30 });
		await add(meeting.id, {
			kind: 'decision',
			title: 'Handlingsplanen',
			durationMinutes: 30,
			pinnedStart: '10:30'
		});
		const result = await agenda.getAgenda(meeting);
		expect(result.items.map((i) => [i.number, i.kind, formatClock(i.start)])).toEqual([
			[1, 'information', '09.00'],
			[2, 'information', '09.15'],
			[3, 'discussion', '09.30'],
			[null, 'break', '10.00'],
			[4, 'decision', '10.30']
		]);
		expect(result.items[0]!.responsibles.map((r) => r.name)).toEqual([member.user.name]);
		expect(formatClock(result.end)).toBe('11.00');
		expect(result.overrunMinutes).toBe(0);
	});

	it('shows ca 09.00 for a 09:00 Stockholm meeting when the server runs in UTC', async () => {
		process.env.TZ = 'UTC';
		for (const date of ['2030-09-17', '2030-11-26']) {
			const { meeting } = await setup(date, '09:00', '12:00');
			await add(meeting.id);
			const fresh = (await meetings.getMeetingById(meeting.id))!;
			const [first] = (await agenda.getAgenda(fresh)).items;
			expect(`ca ${formatClock(first!.start)}`).toBe('ca 09.00');
			expect(fresh.startsAt.getUTCHours()).not.toBe(9);
		}
	});

	it('says how far a long agenda runs past the end of the meeting', async () => {
		const { meeting } = await setup('2030-03-12', '09:00', '10:00');
		await add(meeting.id, { durationMinutes: 45 });
		await add(meeting.id, { durationMinutes: 30 });
		expect((await agenda.getAgenda(meeting)).overrunMinutes).toBe(15);
	});

	it('refuses an unknown responsible member in Swedish and writes nothing', async () => {
		const { meeting } = await setup();
		const elsewhere = await createStaffedNetwork();
		const outcome = await agenda.addAgendaItem(
			meeting.id,
			item({ responsibles: [elsewhere.member.membershipId] })
		);
		expect(outcome).toMatchObject({
			ok: false,
			field: 'responsibles',
			message: expect.stringContaining('Okänd medlem')
		});
		expect(await titles(meeting)).toEqual([]);
	});

	it('edits an item and its responsible people', async () => {
		const { meeting, member, other } = await setup();
		const id = await add(meeting.id, { responsibles: [member.membershipId] });
		expect(
			await agenda.updateAgendaItem(
				meeting.id,
				id,
				item({ title: 'SDK Ready', durationMinutes: 25, responsibles: [other.membershipId] })
			)
		).toEqual({ ok: true, value: undefined });
		const [entry] = (await agenda.getAgenda(meeting)).items;
		expect(entry).toMatchObject({ title: 'SDK Ready', durationMinutes: 25 });
		expect(entry!.responsibles.map((r) => r.membershipId)).toEqual([other.membershipId]);
	});

	it('answers bad input with one Swedish message per field', () => {
		const errors = (input: Record<string, string>) => {
			const result = agendaItemSchema.safeParse(input);
			return result.success
				? {}
				: Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
		};
		const base = { kind: 'information', title: 'Laget runt', durationMinutes: '30' };
		expect(errors({ ...base, title: 'x'.repeat(201) })).toEqual({ title: 'Texten får ha högst 200 tecken.' });
		expect(errors({ ...base, title: '  ' })).toEqual({ title: 'Ange en rubrik för punkten.' });
		expect(errors({ ...base, durationMinutes: '-5' })).toEqual({
			durationMinutes: 'Ange tiden i hela minuter, 0–480.'
		});
		expect(errors({ ...base, pinnedStart: '25:00' })).toEqual({
			pinnedStart: 'Ange tiden som TT:MM, till exempel 09:30.'
		});
		expect(errors({ ...base, kind: 'övrigt' })).toEqual({
			kind: expect.stringContaining('Välj typ av punkt')
		});
		const parsed = agendaItemSchema.safeParse({ ...base, 'responsible.12': 'on', 'responsible.15': 'on' });
		expect(parsed.success && parsed.data.responsibles).toEqual([12, 15]);
	});
});

describe('order', () => {
	it('moves an item up and down, and says so at the ends', async () => {
		const { meeting } = await setup();
		const a = await add(meeting.id, { title: 'A' });
		const b = await add(meeting.id, { title: 'B' });
		await add(meeting.id, { title: 'C' });
		expect(await agenda.moveAgendaItem(meeting.id, b, 'up')).toEqual({
			ok: true,
			value: { position: 1, count: 3 }
		});
		expect(await titles(meeting)).toEqual(['B', 'A', 'C']);
		expect(await agenda.moveAgendaItem(meeting.id, a, 'down')).toMatchObject({
			ok: true,
			value: { position: 3 }
		});
		expect(await titles(meeting)).toEqual(['B', 'C', 'A']);
		expect(await agenda.moveAgendaItem(meeting.id, b, 'up')).toMatchObject({
			ok: false,
			message: 'Punkten är redan först.'
		});
		expect(await agenda.moveAgendaItem(meeting.id, a, 'down')).toMatchObject({
			ok: false,
			message: 'Punkten är redan sist.'
		});
	});

	it('takes a whole new order, as drag and drop sends it', async () => {
		const { meeting } = await setup();
		const ids = [
			await add(meeting.id, { title: 'A' }),
			await add(meeting.id, { title: 'B' }),
			await add(meeting.id, { title: 'C' })
		];
		expect(await agenda.reorderAgenda(meeting.id, [ids[2]!, ids[0]!, ids[1]!])).toEqual({
			ok: true,
			value: undefined
		});
		expect(await titles(meeting)).toEqual(['C', 'A', 'B']);
	});

	it('refuses an order with the same item twice, or from a stale page, and changes nothing', async () => {
		const { meeting } = await setup();
		const ids = [await add(meeting.id, { title: 'A' }), await add(meeting.id, { title: 'B' })];
		expect(await agenda.reorderAgenda(meeting.id, [ids[0]!, ids[0]!])).toMatchObject({
			ok: false,
			field: 'order',
			message: expect.stringContaining('Två punkter kan inte ha samma nummer')
		});
		const parsed = reorderSchema.safeParse({ order: `${ids[1]},${ids[1]}` });
		expect(parsed.success ? null : parsed.error.issues[0]!.message).toContain('samma nummer');
		expect(await agenda.reorderAgenda(meeting.id, [ids[1]!])).toMatchObject({ ok: false, status: 409 });
		const other = await setup();
		const foreign = await add(other.meeting.id, { title: 'Främmande' });
		expect(await agenda.reorderAgenda(meeting.id, [ids[1]!, foreign])).toMatchObject({
			ok: false,
			status: 409
		});
		expect(await titles(meeting)).toEqual(['A', 'B']);
		expect(await titles(other.meeting)).toEqual(['Främmande']);
	});

	it('closes the gap when an item is removed', async () => {
		const { meeting } = await setup();
		await add(meeting.id, { title: 'A' });
		const b = await add(meeting.id, { title: 'B' });
		await add(meeting.id, { title: 'C' });
		expect(await agenda.deleteAgendaItem(meeting.id, b)).toEqual({ ok: true, value: undefined });
		const rows = await sql<{ position: number; title: string }[]>`
			select position, title from agenda_items where meeting_id = ${meeting.id} order by position`;
		expect(rows).toEqual([
			{ position: 1, title: 'A' },
			{ position: 2, title: 'C' }
		]);
		expect(await agenda.deleteAgendaItem(meeting.id, b)).toMatchObject({ ok: false, status: 404 });
	});

	it('keeps positions 1…n when several people add and move items at once', async () => {
		const { meeting } = await setup();
		const ids = await Promise.all(Array.from({ length: 8 }, (_, i) => add(meeting.id, { title: `P${i}` })));
		await Promise.all([
			agenda.moveAgendaItem(meeting.id, ids[3]!, 'up'),
			agenda.moveAgendaItem(meeting.id, ids[5]!, 'down'),
			agenda.moveAgendaItem(meeting.id, ids[0]!, 'down'),
			agenda.deleteAgendaItem(meeting.id, ids[7]!),
			add(meeting.id, { title: 'Sen' })
		]);
		const rows = await sql<{ position: number }[]>`
			select position from agenda_items where meeting_id = ${meeting.id} order by position`;
		expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
	});

	it('refuses more than the maximum number of items', async () => {
		const { meeting } = await setup();
		await sql`
			insert into agenda_items (meeting_id, network_id, position, kind, title)
			select ${meeting.id}, ${meeting.networkId}, g, 'information', 'Punkt ' || g
			from generate_series(1, ${agenda.MAX_AGENDA_ITEMS}) g`;
		expect(await agenda.addAgendaItem(meeting.id, item())).toMatchObject({
			ok: false,
			message: `En dagordning kan ha högst ${agenda.MAX_AGENDA_ITEMS} punkter.`
		});
	});
});

describe('copying an earlier agenda', () => {
	it('copies items and responsible members who are still members, not guests', async () => {
		const { network, meeting, member, other } = await setup();
		await add(meeting.id, { title: 'Laget runt', responsibles: [member.membershipId, other.membershipId] });
		const withGuest = await add(meeting.id, { title: 'SDK Ready', pinnedStart: '10:10' });
		await agenda.addGuest(meeting.id, withGuest, {
			name: 'Emma Pettersson',
			organisation: 'SDK Ready',
			email: 'emma@sdk.example',
			isResponsible: true
		});
		await sql`update network_memberships set left_on = '2030-01-01' where id = ${other.membershipId}`;
		const next = await createMeeting(network.id, { date: '2030-04-16' });
		const target = (await meetings.getMeetingById(next.id))!;
		await add(target.id, { title: 'Redan här' });

		expect(await agenda.copyAgenda(meeting.id, target.id, 'append')).toEqual({
			ok: true,
			value: { copied: 2 }
		});
		const copied = await agenda.getAgenda(target);
		expect(copied.items.map((i) => i.title)).toEqual(['Redan här', 'Laget runt', 'SDK Ready']);
		expect(copied.items[1]!.responsibles.map((r) => r.membershipId)).toEqual([member.membershipId]);
		expect(copied.items[2]).toMatchObject({ pinnedStart: '10:10', guests: [] });

		expect(await agenda.copyAgenda(meeting.id, target.id, 'replace')).toEqual({
			ok: true,
			value: { copied: 2 }
		});
		expect(await titles(target)).toEqual(['Laget runt', 'SDK Ready']);
	});

	it('refuses to copy from another network’s meeting', async () => {
		const { meeting } = await setup();
		const other = await setup();
		await add(other.meeting.id, { title: 'Hemligt' });
		expect(await agenda.copyAgenda(other.meeting.id, meeting.id, 'append')).toMatchObject({
			ok: false,
			field: 'from'
		});
		expect(await titles(meeting)).toEqual([]);
	});
});

describe('standing items', () => {
	it('keeps them in order, with one item that lists open action items', async () => {
		const { network } = await setup();
		const input = (title: string, listsActionItems = false): agenda.StandingItemInput => ({
			kind: 'information',
			title,
			description: '',
			durationMinutes: 15,
			listsActionItems
		});
		const first = await agenda.addStandingItem(network.id, input('Laget runt'));
		const second = await agenda.addStandingItem(network.id, input('Föregående minnesanteckningar', true));
		const third = await agenda.addStandingItem(network.id, input('Handslaget', true));
		if (!first.ok || !second.ok || !third.ok) throw new Error('not added');
		await agenda.moveStandingItem(network.id, third.value.id, 'up');
		const list = await agenda.listStandingItems(network.id);
		expect(list.map((s) => [s.title, s.listsActionItems])).toEqual([
			['Laget runt', false],
			['Handslaget', true],
			['Föregående minnesanteckningar', false]
		]);
		await agenda.deleteStandingItem(network.id, first.value.id);
		expect((await agenda.listStandingItems(network.id)).map((s) => s.position)).toEqual([1, 2]);
	});

	it('adds the standing items a meeting is missing, after its own items', async () => {
		const { network, meeting } = await setup();
		await add(meeting.id, { title: 'Egen punkt' });
		await agenda.addStandingItem(network.id, {
			kind: 'information',
			title: 'Laget runt',
			description: '',
			durationMinutes: 30,
			listsActionItems: false
		});
		expect(await sql.begin((tx) => agenda.addStandingItems(tx, meeting.id))).toBe(1);
		expect(await sql.begin((tx) => agenda.addStandingItems(tx, meeting.id))).toBe(0);
		expect(await titles(meeting)).toEqual(['Egen punkt', 'Laget runt']);
	});
});

describe('guests', () => {
	it('invites a guest for one item, once per address', async () => {
		const { meeting } = await setup();
		const id = await add(meeting.id, { title: 'Öppna data' });
		const guest = {
			name: 'Fredrik Eriksson',
			organisation: 'Regional samordnare Öppna data',
			email: 'fredrik@example.se',
			isResponsible: true
		};
		const added = await agenda.addGuest(meeting.id, id, guest);
		expect(added.ok).toBe(true);
		expect(await agenda.addGuest(meeting.id, id, { ...guest, name: 'Igen' })).toMatchObject({
			ok: false,
			status: 409,
			message: 'fredrik@example.se är redan inbjuden till punkten.'
		});
		expect((await agenda.getAgenda(meeting)).items[0]!.guests.map((g) => g.name)).toEqual([
			'Fredrik Eriksson'
		]);
		if (added.ok)
			expect(await agenda.removeGuest(meeting.id, added.value.id)).toEqual({ ok: true, value: undefined });
		expect(await agenda.listGuests(meeting.id)).toEqual([]);
	});

	it('does not add a guest to an item of another meeting', async () => {
		const { meeting } = await setup();
		const other = await setup();
		const foreign = await add(other.meeting.id);
		expect(
			await agenda.addGuest(meeting.id, foreign, {
				name: 'X',
				organisation: '',
				email: 'x@example.se',
				isResponsible: false
			})
		).toMatchObject({ ok: false, status: 404 });
	});
});

describe('action items under the previous minutes', () => {
	it('lists open items from earlier meetings only, until they are done', async () => {
		const { network, member, other } = await setup('2030-02-11');
		const earlier = (await meetings.getMeeting(network.id, 1))!;
		const later = await createMeeting(network.id, { date: '2030-03-18' });
		const laterMeeting = (await meetings.getMeetingById(later.id))!;
		const sent = await actionItems.addActionItem(earlier.id, {
			ownerMembershipId: member.membershipId,
			task: 'Skickar ut uppdragsbeskrivningarna',
			dueOn: '2030-03-01'
		});
		const collect = await actionItems.addActionItem(earlier.id, {
			ownerMembershipId: other.membershipId,
			task: 'Samlar ihop post-it-lapparna',
			dueOn: null
		});
		await actionItems.addActionItem(later.id, {
			ownerMembershipId: other.membershipId,
			task: 'Från det senare mötet',
			dueOn: null
		});
		if (!sent.ok || !collect.ok) throw new Error('not added');

		const open = await actionItems.listOpenActionItems(network.id, laterMeeting.startsAt);
		expect(open.map((a) => [a.task, a.ownerName, a.meetingNumber])).toEqual([
			['Skickar ut uppdragsbeskrivningarna', member.user.name, 1],
			['Samlar ihop post-it-lapparna', other.user.name, 1]
		]);
		await actionItems.setActionItemDone(network.id, collect.value.id, true);
		expect(
			(await actionItems.listOpenActionItems(network.id, laterMeeting.startsAt)).map((a) => a.task)
		).toEqual(['Skickar ut uppdragsbeskrivningarna']);
		expect(await actionItems.setActionItemDone(network.id + 1000, sent.value.id, true)).toMatchObject({
			ok: false,
			status: 404
		});
	});

	it('refuses an owner who is not a current member of the network', async () => {
		const { meeting } = await setup();
		const elsewhere = await createStaffedNetwork();
		expect(
			await actionItems.addActionItem(meeting.id, {
				ownerMembershipId: elsewhere.member.membershipId,
				task: 'X',
				dueOn: null
			})
		).toMatchObject({ ok: false, field: 'ownerMembershipId' });
	});
});

describe('demo data', () => {
	it('gives every demo meeting a beredning of three and an agenda that starts with the standing items', async () => {
		const { seedDemo } = await import('../../db/seed/demo.ts');
		await seedDemo(sql, { today: new Date('2026-11-23T10:00:00Z') });
		const rows = await sql<
			{ slug: string; number: number; beredning: number; items: number; standingFirst: boolean }[]
		>`
			select n.slug, m.number,
				(select count(*) from meeting_beredning b where b.meeting_id = m.id) as beredning,
				(select count(*) from agenda_items a where a.meeting_id = m.id) as items,
				(select a.standing_item_id is not null from agenda_items a where a.meeting_id = m.id and a.position = 1) as standing_first
			from meetings m join networks n on n.id = m.network_id
			where n.slug in ('gr-digitaliseringsnatverk', 'regionala-digitaliseringsradet', 'e-rad-fyrbodal')`;
		expect(rows.length).toBe(16);
		for (const row of rows)
			expect(row, `${row.slug} ${row.number}`).toMatchObject({ beredning: 3, standingFirst: true });

		const council = (
			await sql<{ id: number }[]>`select id from networks where slug = 'regionala-digitaliseringsradet'`
		)[0]!;
		const meeting = (await meetings.getMeeting(council.id, 71))!;
		const result = await agenda.getAgenda(meeting);
		expect(result.items.map((i) => [i.number, formatClock(i.start), i.title])).toEqual([
			[1, '08.30', 'Laget runt'],
			[2, '09.00', 'Föregående minnesanteckningar'],
			[3, '09.10', 'SDK Ready: status just nu'],
			[4, '09.35', 'Öppna data: fortsättning regionalt och nationellt'],
			[null, '09.55', 'Paus'],
			[5, '10.10', 'IoT-projektet: upphandling och fullmakter'],
			[6, '11.00', 'Kraftsamling digitalisering']
		]);
		expect(result.items[5]!.guests.map((g) => g.name)).toEqual(['Björn Sandell', 'Elias Åkesson']);
		const open = await actionItems.listOpenActionItems(council.id, meeting.startsAt);
		expect(open.map((a) => a.task)).toEqual(['Beställa en webbplats för IoT-projektet']);
	});
});
