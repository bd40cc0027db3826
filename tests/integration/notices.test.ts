import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sql } from '../../src/lib/server/platform/db.ts';
import {
	listNotices,
	notifyMeetingChanged,
	sendMeetingInvitation
} from '../../src/lib/server/networks/notices.ts';
import { addMember, createNetwork, createUser } from './factories.ts';

const ORIGIN = 'http://localhost:3000';

async function setup() {
	const network = await createNetwork({ name: 'GR:s digitaliseringsnätverk' });
	const chair = await createUser({ name: 'Karin Ordförande' });
	const member = await createUser({ name: 'Elin Ledamot' });
	const substitute = await createUser({ name: 'Ahmed Ersättare' });
	const left = await createUser({ name: 'Före Detta' });
	await addMember(network.id, chair.id, 'chair');
	await addMember(network.id, member.id);
	await addMember(network.id, substitute.id, 'substitute');
	await addMember(network.id, left.id);
	await sql`update network_memberships set left_on = current_date where user_id = ${left.id}`;
	const [meeting] = await sql<{ id: number }[]>`
		insert into meetings (network_id, number, title, starts_at, ends_at, format, online_url)
		values (${network.id}, 24, 'Öppna data', '2026-12-01 08:00Z', '2026-12-01 11:00Z', 'digital',
			'https://teams.microsoft.com/l/meetup-join/gr') returning id`;
	const [item] = await sql<{ id: number }[]>`
		insert into agenda_items (meeting_id, network_id, position, kind, title, duration_minutes)
		values (${meeting.id}, ${network.id}, 1, 'information', 'Laget runt', 30),
		       (${meeting.id}, ${network.id}, 2, 'discussion', 'Öppna data i regionen', 60) returning id`;
	const guest = `gasta-${meeting.id}@samverka.example`;
	await sql`insert into agenda_guests (agenda_item_id, name, organisation, email)
		values (${item.id + 1}, 'Gästa Gäst', 'VGR', ${guest})`;
	return { network, chair, member, substitute, left, guest, meetingId: meeting.id };
}

async function mailsTo(email: string) {
	return sql<{ subject: string; textBody: string; calendar: string; calendarMethod: string }[]>`
		select subject, text_body, calendar, calendar_method from outbox where to_address = ${email} order by id`;
}

describe('kallelse', () => {
	it('goes to members, substitutes and guests with the agenda and an invitation they can accept', async () => {
		const s = await setup();
		const result = await sendMeetingInvitation(s.meetingId, { ...s.chair }, ORIGIN);
		expect(result).toEqual({ ok: true, recipients: 4 });
		expect(await mailsTo(s.left.email)).toEqual([]);

		const [mail] = await mailsTo(s.member.email);
		expect(mail.subject).toBe('Kallelse: Test möte nr 24, tisdag 1 december 2026');
		expect(mail.textBody).toContain('Tid:   tisdag 1 december 2026 kl. 09.00–12.00');
		expect(mail.textBody).toContain('Digitalt (Teams): https://teams.microsoft.com/l/meetup-join/gr');
		expect(mail.textBody).toContain('1. Laget runt [I] – ca 09.00');
		expect(mail.textBody).toContain('2. Öppna data i regionen [D] – ca 09.30 (Gästa Gäst)');
		expect(mail.textBody).toContain(`${ORIGIN}/natverk/`);
		expect(mail.calendarMethod).toBe('REQUEST');

		const calendar = new ICAL.Component(ICAL.parse(mail.calendar));
		expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
		const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
		expect(event.uid).toBe(`meeting-${s.meetingId}@samverka`);
		expect(event.sequence).toBe(0);
		expect(event.organizer).toBe(`mailto:${s.chair.email}`);
		expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toContain(
			`mailto:${s.guest}`
		);

		const notices = await listNotices(s.meetingId);
		expect(notices).toMatchObject([
			{ kind: 'invitation', sequence: 0, recipientCount: 4, sentByName: 'Karin Ordförande' }
		]);
	});

	it('sends an update with a higher SEQUENCE to the same people when the time changes, once', async () => {
		const s = await setup();
		await sendMeetingInvitation(s.meetingId, { ...s.chair }, ORIGIN);
		expect(await notifyMeetingChanged(s.meetingId, null, ORIGIN)).toBeNull();

		await sql`update meetings set starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour',
			sequence = sequence + 1 where id = ${s.meetingId}`;
		const results = await Promise.all([
			notifyMeetingChanged(s.meetingId, null, ORIGIN),
			notifyMeetingChanged(s.meetingId, null, ORIGIN)
		]);
		expect(results.filter(Boolean)).toEqual(['update']);
		const mails = await mailsTo(s.guest);
		expect(mails).toHaveLength(2);
		expect(mails[1].subject).toMatch(/^Ändrat: /);
		expect(mails[1].textBody).toContain('kl. 10.00–13.00');
		const event = new ICAL.Event(
			new ICAL.Component(ICAL.parse(mails[1].calendar)).getFirstSubcomponent('vevent')!
		);
		expect(event.uid).toBe(`meeting-${s.meetingId}@samverka`);
		expect(event.sequence).toBe(1);
	});

	it('sends METHOD:CANCEL with the reason when the meeting is cancelled', async () => {
		const s = await setup();
		await sendMeetingInvitation(s.meetingId, { ...s.chair }, ORIGIN);
		await sql`update meetings set status = 'cancelled', cancelled_at = now(), cancel_reason = 'Ordföranden är sjuk',
			sequence = sequence + 1 where id = ${s.meetingId}`;
		expect(await notifyMeetingChanged(s.meetingId, null, ORIGIN)).toBe('cancellation');
		const [, cancel] = await mailsTo(s.substitute.email);
		expect(cancel.subject).toMatch(/^Inställt: /);
		expect(cancel.textBody).toContain('Orsak: Ordföranden är sjuk');
		expect(cancel.calendarMethod).toBe('CANCEL');
		const calendar = new ICAL.Component(ICAL.parse(cancel.calendar));
		expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
		expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(await sendMeetingInvitation(s.meetingId, { ...s.chair }, ORIGIN)).toEqual({
			ok: false,
			reason: 'cancelled'
		});
	});

	it('says nothing about changes before any kallelse has gone out', async () => {
		const s = await setup();
		await sql`update meetings set sequence = sequence + 1 where id = ${s.meetingId}`;
		expect(await notifyMeetingChanged(s.meetingId, null, ORIGIN)).toBeNull();
		expect(await mailsTo(s.member.email)).toEqual([]);
	});
});
