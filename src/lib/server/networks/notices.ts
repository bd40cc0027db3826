/**
 * Kallelse: the meeting invitation e-mail with the agenda and an iTIP calendar part that mail
 * clients treat as an invitation. After it has gone out, a change of time or place sends an update
 * (same UID, higher SEQUENCE) and a cancellation sends METHOD:CANCEL, to the same people.
 */
import { agendaLines, buildInvitation, type CalendarPerson } from '../../domain/feeds/ical.ts';
import { formatStockholm } from '../../domain/platform/stockholm-time.ts';
import { sql, type Db } from '../platform/db.ts';
import {
	agendaForCalendar,
	meetingEvent,
	meetingUrl,
	singleMeeting,
	type MeetingRow
} from '../feeds/meetings.ts';
import { sendMail } from '../platform/mail.ts';

export type NoticeKind = 'invitation' | 'update' | 'cancellation';

export interface Notice {
	id: number;
	kind: NoticeKind;
	sequence: number;
	sentAt: Date;
	sentByName: string | null;
	recipientCount: number;
}

export async function listNotices(meetingId: number): Promise<Notice[]> {
	return sql<Notice[]>`
		select n.id, n.kind, n.sequence, n.sent_at, u.name as sent_by_name, cardinality(n.recipients) as recipient_count
		from meeting_notices n left join users u on u.id = n.sent_by
		where n.meeting_id = ${meetingId} order by n.sent_at, n.id`;
}

/** Members and substitutes of the network, and the guests of the meeting's agenda items. */
async function currentRecipients(meeting: MeetingRow): Promise<CalendarPerson[]> {
	return sql<CalendarPerson[]>`
		select distinct on (email) name, email from (
			select u.name, u.email from network_memberships nm join users u on u.id = nm.user_id
			where nm.network_id = ${meeting.networkId} and nm.left_on is null
			union all
			select g.name, g.email from agenda_guests g join agenda_items a on a.id = g.agenda_item_id
			where a.meeting_id = ${meeting.id}
		) people order by email, name`;
}

async function organizer(
	meeting: MeetingRow,
	fallback: { name: string; email: string }
): Promise<CalendarPerson> {
	const [chair]: [CalendarPerson?] = await sql`
		select u.name, u.email from network_memberships nm join users u on u.id = nm.user_id
		where nm.network_id = ${meeting.networkId} and nm.role = 'chair' and nm.left_on is null
		order by nm.joined_on limit 1`;
	return chair ?? fallback;
}

function when(meeting: MeetingRow): string {
	return `${formatStockholm(meeting.startsAt, 'longDate')} kl. ${formatStockholm(meeting.startsAt, 'time')}–${formatStockholm(meeting.endsAt, 'time')}`;
}

function place(meeting: MeetingRow): string {
	const physical = [meeting.venue, meeting.address].filter(Boolean).join(', ');
	const online = meeting.onlineUrl ? `Digitalt (Teams): ${meeting.onlineUrl}` : 'Digitalt (Teams)';
	if (meeting.format === 'digital') return online;
	if (meeting.format === 'hybrid') return [physical, online].filter(Boolean).join('\n       eller ');
	return physical || 'Lokal meddelas senare';
}

/** The e-mail text: time, place, the numbered agenda with times and responsible people, the link. */
export function noticeText(
	kind: NoticeKind,
	meeting: MeetingRow,
	agenda: Parameters<typeof agendaForCalendar>[1],
	origin: string
): { subject: string; text: string } {
	const title = `${meeting.networkShortName} möte nr ${meeting.number}`;
	// the same lines, in the same order, as the calendar invitation's description
	const items = agendaLines(agendaForCalendar(meeting, agenda)).map((line) => `  ${line}`);
	const lines = [
		`Tid:   ${when(meeting)}`,
		`Plats: ${place(meeting)}`,
		'',
		items.length ? `Dagordning:\n${items.join('\n')}` : 'Dagordningen kommer.',
		'',
		`Mötessida: ${meetingUrl(origin, meeting)}`
	];
	const heading = meeting.title
		? `${meeting.networkName}, möte nr ${meeting.number}: ${meeting.title}`
		: `${meeting.networkName}, möte nr ${meeting.number}`;
	switch (kind) {
		case 'invitation':
			return {
				subject: `Kallelse: ${title}, ${formatStockholm(meeting.startsAt, 'longDate')}`,
				text: `Välkommen till ${heading}.\n\n${lines.join('\n')}\n\nKalenderinbjudan är bifogad.`
			};
		case 'update':
			return {
				subject: `Ändrat: ${title}, ${formatStockholm(meeting.startsAt, 'longDate')}`,
				text: `Tid eller plats för ${heading} har ändrats. Så här gäller nu:\n\n${lines.join('\n')}\n\nDen bifogade kalenderinbjudan uppdaterar mötet i din kalender.`
			};
		case 'cancellation':
			return {
				subject: `Inställt: ${title}, ${formatStockholm(meeting.startsAt, 'longDate')}`,
				text:
					`${heading} den ${when(meeting)} är inställt.` +
					(meeting.cancelReason ? `\n\nOrsak: ${meeting.cancelReason}` : '') +
					`\n\nDen bifogade kalenderfilen tar bort mötet ur din kalender.\n\nMötessida: ${meetingUrl(origin, meeting)}`
			};
	}
}

async function send(
	db: Db,
	kind: NoticeKind,
	meeting: MeetingRow,
	agenda: Parameters<typeof agendaForCalendar>[1],
	recipients: CalendarPerson[],
	sentBy: { id: number; name: string; email: string } | null,
	origin: string
): Promise<number> {
	// sent to the network's people and the invited guests, who need the link to join
	const event = meetingEvent(meeting, agenda, origin, { audience: 'members' });
	const calendar = buildInvitation({
		method: kind === 'cancellation' ? 'CANCEL' : 'REQUEST',
		organizer: await organizer(meeting, sentBy ?? { name: 'Samverka', email: 'noreply@samverka.example' }),
		attendees: recipients,
		event,
		now: new Date()
	});
	const { subject, text } = noticeText(kind, meeting, agenda, origin);
	for (const person of recipients) {
		await sendMail(
			{
				to: person.email,
				subject,
				text,
				calendar: { method: kind === 'cancellation' ? 'CANCEL' : 'REQUEST', content: calendar }
			},
			db
		);
	}
	await db`
		insert into meeting_notices (meeting_id, kind, sequence, sent_by, recipients)
		values (${meeting.id}, ${kind}, ${meeting.sequence}, ${sentBy?.id ?? null}, ${recipients.map((r) => r.email)})`;
	return recipients.length;
}

export type SendInvitationResult =
	{ ok: true; recipients: number } | { ok: false; reason: 'not_found' | 'cancelled' | 'no_recipients' };

/** "Skicka kallelse": to the members, their substitutes and the guests of the agenda. */
export async function sendMeetingInvitation(
	meetingId: number,
	sentBy: { id: number; name: string; email: string },
	origin: string
): Promise<SendInvitationResult> {
	const found = await singleMeeting(meetingId);
	if (!found) return { ok: false, reason: 'not_found' };
	if (found.meeting.status === 'cancelled') return { ok: false, reason: 'cancelled' };
	const recipients = await currentRecipients(found.meeting);
	if (recipients.length === 0) return { ok: false, reason: 'no_recipients' };
	const count = await sql.begin((tx) =>
		send(tx, 'invitation', found.meeting, found.agenda, recipients, sentBy, origin)
	);
	return { ok: true, recipients: count };
}

/**
 * Call after a meeting's time or place changed, or after it was cancelled: when a kallelse has gone
 * out, the same people get the update (or the cancellation) with the meeting's new SEQUENCE.
 * Nothing happens before the first kallelse, or when this sequence was already announced.
 */
export async function notifyMeetingChanged(
	meetingId: number,
	sentBy: { id: number; name: string; email: string } | null,
	origin: string
): Promise<NoticeKind | null> {
	return sql.begin(async (tx) => {
		// one notifier at a time per meeting, so two quick edits cannot both announce the same change
		await tx`select pg_advisory_xact_lock(727002, ${meetingId}::int)`;
		const [last]: [{ sequence: number; kind: NoticeKind; recipients: string[] }?] = await tx`
			select sequence, kind, recipients from meeting_notices where meeting_id = ${meetingId}
			order by sent_at desc, id desc limit 1`;
		if (!last) return null;
		const found = await singleMeeting(meetingId);
		if (!found || found.meeting.sequence <= last.sequence) return null;
		const kind: NoticeKind = found.meeting.status === 'cancelled' ? 'cancellation' : 'update';
		// cancelled again without having been reinstated in between: nothing new to say
		if (kind === 'cancellation' && last.kind === 'cancellation') return null;
		const [firstInvitation]: [{ recipients: string[] }?] = await tx`
			select recipients from meeting_notices where meeting_id = ${meetingId} and kind = 'invitation'
			order by sent_at, id limit 1`;
		const emails = [...new Set([...(firstInvitation?.recipients ?? []), ...last.recipients])];
		const people = await tx<CalendarPerson[]>`
			select coalesce(u.name, g.name, e.email) as name, e.email
			from unnest(${emails}::text[]) as e(email)
			left join users u on u.email = e.email
			left join lateral (select name from agenda_guests where email = e.email limit 1) g on true
			order by e.email`;
		await send(tx, kind, found.meeting, found.agenda, people, sentBy, origin);
		return kind;
	});
}
