/**
 * Issue 10: the "ca" times of an agenda with a fixed-time break are the same, and never run
 * backwards, in the editor, the meeting page, the print view, the kallelse e-mail and the calendar
 * entry; the kallelse and the calendar list the items in the same order with unnumbered breaks;
 * moving the meeting moves the fixed time with it.
 */
import { describe, expect, it } from 'vitest';
import * as agenda from '../../src/lib/server/networks/agenda.ts';
import * as meetings from '../../src/lib/server/networks/meetings.ts';
import { formatClock } from '../../src/lib/domain/networks/agenda-times.ts';
import { meetingEvent, singleMeeting } from '../../src/lib/server/feeds/meetings.ts';
import { noticeText } from '../../src/lib/server/networks/notices.ts';
import { createMeeting, createStaffedNetwork, meetingInput } from './network-factories.ts';

const ORIGIN = 'http://localhost:3000';

async function setup() {
	const staffed = await createStaffedNetwork();
	const created = await createMeeting(staffed.network.id, {
		date: '2030-02-12',
		start: '09:00',
		end: '12:00'
	});
	// the meeting starts with the network's standing items, if any; start from an empty agenda
	const start = (await meetings.getMeetingById(created.id))!;
	for (const item of (await agenda.getAgenda(start)).items)
		await agenda.deleteAgendaItem(created.id, item.id);
	const items: [string, 'information' | 'discussion' | 'break', number, string | null][] = [
		['Laget runt', 'information', 40, null],
		['AI-arenan', 'discussion', 50, null],
		['Fika', 'break', 15, '10:15'],
		['Handlingsplanen', 'discussion', 30, null]
	];
	for (const [title, kind, durationMinutes, pinnedStart] of items) {
		const outcome = await agenda.addAgendaItem(created.id, {
			kind,
			title,
			description: '',
			durationMinutes,
			pinnedStart,
			responsibles: []
		});
		if (!outcome.ok) throw new Error(outcome.message);
	}
	return { ...staffed, meetingId: created.id };
}

/** The times as the editor, the meeting page and the print view get them (getAgenda). */
async function pageTimes(meetingId: number) {
	const meeting = (await meetings.getMeetingById(meetingId))!;
	return (await agenda.getAgenda(meeting)).items.map((item) => `${item.title} ${formatClock(item.start)}`);
}

/** The agenda lines of the kallelse e-mail and of the calendar entry's description. */
async function sentLines(meetingId: number) {
	const found = (await singleMeeting(meetingId))!;
	const mail = noticeText('invitation', found.meeting, found.agenda, ORIGIN).text;
	const event = meetingEvent(found.meeting, found.agenda, ORIGIN, { audience: 'members' } as never);
	const mailLines = mail
		.split('Dagordning:\n')[1]!
		.split('\n\n')[0]!
		.split('\n')
		.map((line) => line.trim());
	const calendarLines = event.description!.split('Dagordning\n')[1]!.split('\n\n')[0]!.split('\n');
	return { mailLines, calendarLines };
}

describe('times of an agenda with a fixed break', () => {
	it('starts the overrun fixed break when the item before ends, the same everywhere', async () => {
		const { meetingId } = await setup();
		// items 1–2 end at 10.30, the fika is fixed at 10.15
		expect(await pageTimes(meetingId)).toEqual([
			'Laget runt 09.00',
			'AI-arenan 09.40',
			'Fika 10.30',
			'Handlingsplanen 10.45'
		]);
		const meeting = (await meetings.getMeetingById(meetingId))!;
		const fika = (await agenda.getAgenda(meeting)).items[2]!;
		expect(fika).toMatchObject({ pinned: true, pinnedAt: 10 * 60 + 15, overlapMinutes: 15 });

		const { mailLines, calendarLines } = await sentLines(meetingId);
		const expected = [
			'1. Laget runt [I] – ca 09.00',
			'2. AI-arenan [D] – ca 09.40',
			'Fika – ca 10.30',
			'3. Handlingsplanen [D] – ca 10.45'
		];
		expect(mailLines).toEqual(expected);
		expect(calendarLines).toEqual(expected);
	});

	it('moves the fixed time with the meeting, in every view', async () => {
		const { network, meetingId } = await setup();
		// shorten the discussion so the fika fits at 10.15
		const meeting = (await meetings.getMeetingById(meetingId))!;
		const discussion = (await agenda.getAgenda(meeting)).items[1]!;
		await agenda.updateAgendaItem(meetingId, discussion.id, {
			kind: 'discussion',
			title: 'AI-arenan',
			description: '',
			durationMinutes: 35,
			pinnedStart: null,
			responsibles: []
		});
		expect(await pageTimes(meetingId)).toEqual([
			'Laget runt 09.00',
			'AI-arenan 09.40',
			'Fika 10.15',
			'Handlingsplanen 10.30'
		]);

		const moved = await meetings.updateMeeting(
			meetingId,
			meetingInput({ date: '2030-02-19', start: '13:00', end: '16:00' })
		);
		expect(moved.ok).toBe(true);
		expect(await pageTimes(meetingId)).toEqual([
			'Laget runt 13.00',
			'AI-arenan 13.40',
			'Fika 14.15',
			'Handlingsplanen 14.30'
		]);
		const after = (await meetings.getMeetingById(meetingId))!;
		expect((await agenda.getAgenda(after)).items[2]).toMatchObject({
			pinnedStart: '14:15',
			overlapMinutes: 0
		});
		const { mailLines, calendarLines } = await sentLines(meetingId);
		expect(mailLines[2]).toBe('Fika – ca 14.15');
		expect(calendarLines).toEqual(mailLines);

		// a change of date only, or of the end only, leaves the fixed time alone
		await meetings.updateMeeting(
			meetingId,
			meetingInput({ date: '2030-03-05', start: '13:00', end: '16:30' })
		);
		expect((await pageTimes(meetingId))[2]).toBe('Fika 14.15');

		// copying the agenda to a meeting that starts at 09.30 keeps the fika 75 minutes in
		const other = await createMeeting(network.id, { date: '2030-04-02', start: '09:30', end: '12:00' });
		const target = (await meetings.getMeetingById(other.id))!;
		for (const item of (await agenda.getAgenda(target)).items)
			await agenda.deleteAgendaItem(other.id, item.id);
		expect(await agenda.copyAgenda(meetingId, other.id, 'replace')).toMatchObject({ ok: true });
		expect(await pageTimes(other.id)).toEqual([
			'Laget runt 09.30',
			'AI-arenan 10.10',
			'Fika 10.45',
			'Handlingsplanen 11.00'
		]);
	});
});
