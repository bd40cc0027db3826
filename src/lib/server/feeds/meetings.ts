/**
 * Network meetings as calendar events: the SQL for the meeting feeds (per network, personal, one
 * meeting) and the mapping to #lib/domain/ical.ts. Versions for the feed cache come from the
 * append-only calendar_changes log (db/migrations/00004_calendar.sql).
 */
import { agendaTimes, formatClock, itemNumbers } from '../../domain/networks/agenda-times.ts';
import {
	CANCELLED_FEED_RETENTION_DAYS,
	agendaDescription,
	buildCalendarFeed,
	feedWindowFilter,
	type CalendarEvent
} from '../../domain/feeds/ical.ts';
import {
	formatStockholm,
	parseStockholmLocal,
	toStockholmParts
} from '../../domain/platform/stockholm-time.ts';
import { sql } from '../platform/db.ts';

export interface MeetingRow {
	id: number;
	networkId: number;
	number: number;
	title: string;
	startsAt: Date;
	endsAt: Date;
	isFullDay: boolean;
	format: 'digital' | 'physical' | 'hybrid';
	venue: string | null;
	address: string | null;
	onlineUrl: string | null;
	status: 'planned' | 'confirmed' | 'cancelled';
	cancelReason: string | null;
	cancelledAt: Date | null;
	sequence: number;
	createdAt: Date;
	updatedAt: Date;
	networkSlug: string;
	networkShortName: string;
	networkName: string;
	inBeredning: boolean;
}

interface AgendaRow {
	meetingId: number;
	kind: string;
	title: string;
	durationMinutes: number;
	pinnedStart: string | null;
	responsible: string[];
}

const KIND_CODES: Record<string, string> = {
	information: 'I',
	discussion: 'D',
	decision: 'B',
	work: 'A',
	break: 'paus'
};
const FORMAT_LABELS = { digital: 'Digitalt', physical: 'Fysiskt', hybrid: 'Hybrid' } as const;

/** Meetings of the given networks that belong in a feed: all but those cancelled long ago. */
async function loadMeetings(
	networkIds: number[],
	userId: number | null,
	meetingId: number | null = null
): Promise<MeetingRow[]> {
	if (networkIds.length === 0) return [];
	const onlyOne = meetingId === null ? sql`` : sql`and m.id = ${meetingId}`;
	return sql<MeetingRow[]>`
		select m.id, m.network_id, m.number, m.title, m.starts_at, m.ends_at, m.is_full_day, m.format, m.venue,
			m.address, m.online_url, m.status, m.cancel_reason, m.cancelled_at, m.sequence, m.created_at, m.updated_at,
			n.slug as network_slug, n.short_name as network_short_name, n.name as network_name,
			exists (
				select 1 from meeting_beredning b join network_memberships nm on nm.id = b.membership_id
				where b.meeting_id = m.id and nm.user_id = ${userId}
			) as in_beredning
		from meetings m join networks n on n.id = m.network_id
		where m.network_id = any(${networkIds}::bigint[])
			and (m.cancelled_at is null or m.cancelled_at > now() - make_interval(days => ${CANCELLED_FEED_RETENTION_DAYS}))
			${onlyOne}
		order by m.starts_at, m.id`;
}

async function loadAgendas(meetingIds: number[]): Promise<Map<number, AgendaRow[]>> {
	const byMeeting = new Map<number, AgendaRow[]>();
	if (meetingIds.length === 0) return byMeeting;
	const rows = await sql<AgendaRow[]>`
		select a.meeting_id, a.kind, a.title, a.duration_minutes, to_char(a.pinned_start, 'HH24:MI') as pinned_start,
			array(
				select u.name from agenda_item_responsibles r
				join network_memberships nm on nm.id = r.membership_id join users u on u.id = nm.user_id
				where r.agenda_item_id = a.id order by u.name
			) || array(
				select g.name from agenda_guests g where g.agenda_item_id = a.id and g.is_responsible order by g.name
			) as responsible
		from agenda_items a
		where a.meeting_id = any(${meetingIds}::bigint[])
		order by a.meeting_id, a.position`;
	for (const row of rows) {
		const list = byMeeting.get(row.meetingId) ?? [];
		list.push(row);
		byMeeting.set(row.meetingId, list);
	}
	return byMeeting;
}

/** The page of a meeting, where its agenda is. */
export function meetingUrl(origin: string, meeting: Pick<MeetingRow, 'networkSlug' | 'number'>): string {
	return `${origin}/natverk/${meeting.networkSlug}/moten/${meeting.number}`;
}

/** Numbered items with their running start times ("ca 09.30"), as in the printed agenda. */
export function agendaForCalendar(meeting: Pick<MeetingRow, 'startsAt'>, items: AgendaRow[]) {
	const start = toStockholmParts(meeting.startsAt);
	const timing = agendaTimes(
		start.time,
		items.map((i) => ({ durationMinutes: i.durationMinutes, pinnedStart: i.pinnedStart }))
	);
	const numbers = itemNumbers(items.map((i) => i.kind));
	return items.map((item, i) => {
		// wall-clock minutes on the meeting day back to an instant, through the Stockholm zone rules
		const at = parseStockholmLocal(start.date, formatClock(timing.items[i].start, ':'));
		return {
			number: numbers[i] ?? 0,
			type: KIND_CODES[item.kind] ?? item.kind,
			title: item.title,
			startsAt: at.ok ? at.value : null,
			responsible: item.responsible
		};
	});
}

/**
 * Who an event is for. The online meeting link is for the network's own people (members,
 * substitutes, administrators) and the invited guests, as on the meeting page; everyone else
 * gets the public event, which says only what the public page says.
 */
export type MeetingAudience = 'public' | 'members';

export function meetingEvent(
	meeting: MeetingRow,
	agenda: AgendaRow[],
	origin: string,
	options: { audience: MeetingAudience; markBeredning?: boolean }
): CalendarEvent {
	const url = meetingUrl(origin, meeting);
	const onlineUrl = options.audience === 'members' ? meeting.onlineUrl : null;
	const beredning = options.markBeredning && meeting.inBeredning;
	const place = [meeting.venue, meeting.address].filter(Boolean).join(', ');
	const location =
		meeting.format === 'digital'
			? 'Digitalt (Teams)'
			: place || (meeting.format === 'hybrid' ? 'Digitalt (Teams)' : null);
	const reason =
		meeting.status === 'cancelled' && meeting.cancelReason
			? `Mötet är inställt: ${meeting.cancelReason}\n\n`
			: '';
	return {
		uid: `meeting-${meeting.id}@samverka`,
		sequence: meeting.sequence,
		start: meeting.startsAt,
		end: meeting.endsAt,
		// a full day (heldag) shows as an all-day event; its hours are in the description
		allDay: meeting.isFullDay,
		summary:
			`${meeting.networkShortName}: Möte nr ${meeting.number}${meeting.title ? ` – ${meeting.title}` : ''}` +
			(beredning ? ' (beredning)' : ''),
		status:
			meeting.status === 'cancelled'
				? 'CANCELLED'
				: meeting.status === 'confirmed'
					? 'CONFIRMED'
					: 'TENTATIVE',
		cancelledAt: meeting.cancelledAt ?? undefined,
		location,
		url,
		onlineUrl,
		description:
			reason +
			(beredning ? 'Du ingår i beredningen av det här mötet.\n\n' : '') +
			(meeting.isFullDay
				? `Heldag ${formatStockholm(meeting.startsAt, 'time')}–${formatStockholm(meeting.endsAt, 'time')}\n\n`
				: '') +
			agendaDescription(agendaForCalendar(meeting, agenda), { onlineUrl, url }),
		categories: [
			FORMAT_LABELS[meeting.format],
			meeting.networkShortName,
			...(beredning ? ['Beredning'] : [])
		],
		lastModified: meeting.updatedAt,
		created: meeting.createdAt
	};
}

/** The networks' meetings as events; `now` only decides which cancelled meetings remain. */
export async function meetingEvents(input: {
	networkIds: number[];
	userId: number | null;
	audience: MeetingAudience;
	origin: string;
	now: Date;
}): Promise<CalendarEvent[]> {
	const meetings = await loadMeetings(input.networkIds, input.userId);
	const agendas = await loadAgendas(meetings.map((m) => m.id));
	return feedWindowFilter(
		meetings.map((m) =>
			meetingEvent(m, agendas.get(m.id) ?? [], input.origin, {
				audience: input.audience,
				markBeredning: input.userId !== null
			})
		),
		input.now
	);
}

/**
 * A whole feed. DTSTAMP comes from the content's last change (`lastModified`), so the same content
 * gives the same bytes and the same ETag.
 */
export async function buildMeetingsFeed(input: {
	networkIds: number[];
	name: string;
	description?: string;
	audience: MeetingAudience;
	origin: string;
	feedUrl: string;
	now: Date;
	lastModified: Date;
}): Promise<string> {
	return buildCalendarFeed({
		name: input.name,
		description: input.description,
		url: input.feedUrl,
		events: await meetingEvents({ ...input, userId: null }),
		now: input.lastModified
	});
}

/** The newest change to any of the networks' calendars; null when there are no networks. */
export async function meetingsVersion(
	networkIds: number[]
): Promise<{ version: string; lastModified: Date } | null> {
	if (networkIds.length === 0) return { version: 'none', lastModified: new Date(0) };
	const rows = await sql<{ networkId: number; id: number | null; changedAt: Date | null }[]>`
		select n.id as network_id, c.id, c.changed_at
		from unnest(${networkIds}::bigint[]) as n(id)
		left join lateral (
			select id, changed_at from calendar_changes where network_id = n.id order by id desc limit 1
		) c on true
		order by n.id`;
	const lastModified = new Date(Math.max(0, ...rows.map((r) => r.changedAt?.getTime() ?? 0)));
	return { version: rows.map((r) => `${r.networkId}:${r.id ?? 0}`).join(','), lastModified };
}

/** One meeting with its agenda, for a download or an invitation (cancelled ones included). */
export async function singleMeeting(
	meetingId: number
): Promise<{ meeting: MeetingRow; agenda: AgendaRow[] } | null> {
	const [row] = await sql<{ networkId: number }[]>`select network_id from meetings where id = ${meetingId}`;
	if (!row) return null;
	const [meeting] = await loadMeetings([row.networkId], null, meetingId);
	if (!meeting) return null;
	return { meeting, agenda: (await loadAgendas([meetingId])).get(meetingId) ?? [] };
}
