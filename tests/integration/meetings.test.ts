/** Meetings: numbering, time and place, sequence, cancellation, overlaps and bad input. */
import { describe, expect, it } from 'vitest';
import { sql } from '../../src/lib/server/platform/db.ts';
import * as agenda from '../../src/lib/server/networks/agenda.ts';
import * as meetings from '../../src/lib/server/networks/meetings.ts';
import { meetingSchema } from '../../src/lib/schemas/meetings.ts';
import { createNetwork } from './factories.ts';
import {
	at,
	createMeeting,
	createOrganisation,
	createStaffedNetwork,
	meetingInput
} from './network-factories.ts';

const countMeetings = async (networkId: number) =>
	(await sql<{ count: number }[]>`select count(*) from meetings where network_id = ${networkId}`)[0]!.count;

describe('numbering', () => {
	it('continues the network’s series: after möte nr 71 comes nr 72', async () => {
		const network = await createNetwork();
		await sql`
			insert into meetings (network_id, number, starts_at, ends_at, format)
			values (${network.id}, 71, ${at('2023-09-27', '08:30')}, ${at('2023-09-27', '12:00')}, 'digital')`;
		const created = await createMeeting(network.id, { date: '2030-10-26' });
		expect(created.number).toBe(72);
		expect(await meetings.getMeeting(network.id, 72)).toMatchObject({
			date: '2030-10-26',
			start: '09:00',
			end: '12:00',
			status: 'planned',
			sequence: 0
		});
	});

	it('gives meetings created at the same moment consecutive numbers', async () => {
		const network = await createNetwork();
		const results = await Promise.all(
			Array.from({ length: 6 }, (_, i) =>
				meetings.createMeeting(network.id, meetingInput({ date: `2030-04-0${i + 1}` }))
			)
		);
		const numbers = results.map((r) => (r.ok ? r.value.number : 0)).sort((a, b) => a - b);
		expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('numbers each network on its own', async () => {
		const first = await createNetwork();
		const second = await createNetwork();
		await createMeeting(first.id);
		await createMeeting(first.id, { date: '2030-03-13' });
		expect((await createMeeting(second.id)).number).toBe(1);
	});
});

describe('creating a meeting', () => {
	it('stores place, host and beredning, and puts the standing items on its agenda', async () => {
		const { network, member, other, third } = await createStaffedNetwork();
		const host = await createOrganisation({ name: 'Kungsbacka kommun (test)' });
		await agenda.addStandingItem(network.id, {
			kind: 'information',
			title: 'Laget runt',
			description: '',
			durationMinutes: 30,
			listsActionItems: false
		});
		await agenda.addStandingItem(network.id, {
			kind: 'information',
			title: 'Föregående minnesanteckningar',
			description: '',
			durationMinutes: 15,
			listsActionItems: true
		});
		const created = await createMeeting(network.id, {
			format: 'physical',
			venue: 'Kungsbacka stadshus',
			address: 'Storgatan 37',
			onlineUrl: null,
			hostOrganisationId: host.id,
			beredning: [member.membershipId, other.membershipId, third.membershipId]
		});
		const meeting = (await meetings.getMeeting(network.id, created.number))!;
		expect(meeting).toMatchObject({
			format: 'physical',
			venue: 'Kungsbacka stadshus',
			hostOrganisationName: 'Kungsbacka kommun (test)'
		});
		expect((await meetings.listBeredning([meeting.id])).map((b) => b.membershipId).sort()).toEqual(
			[member.membershipId, other.membershipId, third.membershipId].sort()
		);
		const items = await agenda.getAgenda(meeting);
		expect(items.items.map((i) => [i.number, i.title, i.listsActionItems])).toEqual([
			[1, 'Laget runt', false],
			[2, 'Föregående minnesanteckningar', true]
		]);
	});

	it('refuses an end before the start, in Swedish, and writes nothing', async () => {
		const network = await createNetwork();
		const outcome = await meetings.createMeeting(
			network.id,
			meetingInput({ startsAt: at('2030-03-12', '12:00'), endsAt: at('2030-03-12', '09:00') })
		);
		expect(outcome).toMatchObject({
			ok: false,
			field: 'end',
			message: 'Sluttiden måste vara senare än starttiden.'
		});
		expect(await countMeetings(network.id)).toBe(0);
	});

	it('refuses an unknown member in the beredning (someone of another network) and writes nothing', async () => {
		const { network } = await createStaffedNetwork();
		const elsewhere = await createStaffedNetwork();
		const outcome = await meetings.createMeeting(
			network.id,
			meetingInput({ beredning: [elsewhere.member.membershipId] })
		);
		expect(outcome).toMatchObject({
			ok: false,
			field: 'beredning',
			message: expect.stringContaining('Okänd medlem')
		});
		expect(await countMeetings(network.id)).toBe(0);
	});

	it('refuses a substitute or a former member in the beredning', async () => {
		const { network, substitute } = await createStaffedNetwork();
		expect(
			await meetings.createMeeting(network.id, meetingInput({ beredning: [substitute.membershipId] }))
		).toMatchObject({
			ok: false,
			field: 'beredning'
		});
	});

	it('warns about another meeting of the network at the same time, but not a cancelled one or another network’s', async () => {
		const network = await createNetwork();
		const other = await createNetwork();
		const first = await createMeeting(network.id, { date: '2030-05-05', start: '09:00', end: '12:00' });
		await createMeeting(other.id, { date: '2030-05-05', start: '09:00', end: '12:00' });
		const overlapping = await meetings.createMeeting(
			network.id,
			meetingInput({ date: '2030-05-05', start: '11:00', end: '15:00' })
		);
		expect(overlapping.ok && overlapping.value.overlaps.map((o) => o.number)).toEqual([first.number]);
		const touching = await meetings.createMeeting(
			network.id,
			meetingInput({ date: '2030-05-05', start: '15:00', end: '16:00' })
		);
		expect(touching.ok && touching.value.overlaps.map((o) => o.number)).toEqual([]);
		const firstRow = (await meetings.getMeeting(network.id, first.number))!;
		await meetings.cancelMeeting(firstRow.id, 'Krockar med kommundirektörsnätverket.');
		const again = await meetings.createMeeting(
			network.id,
			meetingInput({ date: '2030-05-05', start: '10:00', end: '11:30' })
		);
		expect(again.ok && again.value.overlaps.map((o) => o.number)).toEqual([
			overlapping.ok ? overlapping.value.number : 0
		]);
	});
});

describe('changing a meeting', () => {
	it('raises the calendar sequence when time or place changes, not for the title or beredning', async () => {
		const { network, member } = await createStaffedNetwork();
		const { id, number } = await createMeeting(network.id);
		const base = meetingInput();
		const update = async (input: meetings.MeetingInput) => {
			const outcome = await meetings.updateMeeting(id, input);
			if (!outcome.ok) throw new Error(outcome.message);
			return {
				rescheduled: outcome.value.rescheduled,
				sequence: (await meetings.getMeeting(network.id, number))!.sequence
			};
		};
		expect(await update({ ...base, title: 'Handslaget', beredning: [member.membershipId] })).toEqual({
			rescheduled: false,
			sequence: 0
		});
		expect(await update({ ...base, title: 'Handslaget', startsAt: at('2030-03-12', '09:30') })).toEqual({
			rescheduled: true,
			sequence: 1
		});
		expect(
			await update({
				...base,
				title: 'Handslaget',
				startsAt: at('2030-03-12', '09:30'),
				onlineUrl: 'https://teams.example/nytt'
			})
		).toEqual({
			rescheduled: true,
			sequence: 2
		});
		expect(
			await update({
				...base,
				title: 'Handslaget',
				startsAt: at('2030-03-12', '09:30'),
				onlineUrl: 'https://teams.example/nytt'
			})
		).toEqual({
			rescheduled: false,
			sequence: 2
		});
	});

	it('counts every change when two people reschedule at once', async () => {
		const network = await createNetwork();
		const { id, number } = await createMeeting(network.id);
		await Promise.all([
			meetings.updateMeeting(id, meetingInput({ start: '10:00' })),
			meetings.updateMeeting(id, meetingInput({ start: '13:00', end: '15:00' }))
		]);
		expect((await meetings.getMeeting(network.id, number))!.sequence).toBe(2);
	});

	it('keeps a cancelled meeting visible with its reason, and can reinstate it', async () => {
		const network = await createNetwork();
		const { id, number } = await createMeeting(network.id);
		expect(await meetings.cancelMeeting(id, 'För få kan komma.')).toEqual({ ok: true, value: undefined });
		expect(await meetings.getMeeting(network.id, number)).toMatchObject({
			status: 'cancelled',
			cancelReason: 'För få kan komma.',
			sequence: 1,
			cancelledAt: expect.any(Date)
		});
		expect(
			(await meetings.listMeetingsPage(network.id, { page: 1, pageSize: 10 })).meetings.map((m) => m.status)
		).toEqual(['cancelled']);
		expect(await meetings.cancelMeeting(id, 'Igen')).toMatchObject({ ok: false, status: 409 });
		expect(await meetings.reinstateMeeting(id)).toEqual({ ok: true, value: undefined });
		expect(await meetings.getMeeting(network.id, number)).toMatchObject({
			status: 'planned',
			cancelReason: null,
			sequence: 2
		});
		expect(await meetings.confirmMeeting(id)).toEqual({ ok: true, value: undefined });
		expect(await meetings.confirmMeeting(id)).toMatchObject({ ok: false, status: 409 });
	});
});

describe('meeting form', () => {
	const form = (overrides: Record<string, string> = {}) => ({
		title: 'Handslaget',
		date: '2030-03-12',
		start: '09:00',
		end: '12:00',
		format: 'digital',
		onlineUrl: 'https://teams.example/mote',
		...overrides
	});
	const errors = (input: Record<string, string>) => {
		const result = meetingSchema.safeParse(input);
		return result.success
			? {}
			: Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
	};

	it('turns Swedish wall-clock times into instants', () => {
		const result = meetingSchema.safeParse(
			form({ 'beredning.0': '12', 'beredning.1': '', 'beredning.2': '15' })
		);
		expect(result.success && result.data).toMatchObject({
			startsAt: new Date('2030-03-12T08:00:00Z'),
			endsAt: new Date('2030-03-12T11:00:00Z'),
			beredning: [12, 15]
		});
	});

	it('answers bad input with one Swedish message per field', () => {
		expect(errors(form({ end: '08:00' }))).toEqual({ end: 'Sluttiden måste vara senare än starttiden.' });
		expect(errors(form({ title: 'x'.repeat(201) }))).toEqual({ title: 'Texten får ha högst 200 tecken.' });
		expect(errors(form({ date: '2026-03-29', start: '02:30' }))).toEqual({
			start: expect.stringContaining('klockan ställs fram en timme')
		});
		expect(errors(form({ format: 'physical', onlineUrl: '' }))).toEqual({
			venue: expect.stringContaining('Ange lokal')
		});
		expect(errors(form({ onlineUrl: 'http://teams.example' }))).toEqual({
			onlineUrl: 'Länken måste börja med https://.'
		});
		expect(errors(form({ 'beredning.0': '7', 'beredning.1': '7' }))).toEqual({
			beredning: 'Samma person kan inte vara med två gånger i beredningen.'
		});
		expect(errors(form({ format: 'zoom' }))).toEqual({
			format: expect.stringContaining('digitalt, fysiskt eller hybrid')
		});
	});
});
