/** Meetings of the networks. */
import { sql } from './db.ts';

export interface MeetingSummary {
	id: number;
	number: number;
	title: string;
	startsAt: Date;
	endsAt: Date;
	isFullDay: boolean;
	format: 'digital' | 'physical' | 'hybrid';
	venue: string | null;
	status: 'planned' | 'confirmed' | 'cancelled';
	cancelReason: string | null;
	networkSlug: string;
	networkShortName: string;
}

const summaryColumns =
	() => sql`m.id, m.number, m.title, m.starts_at, m.ends_at, m.is_full_day, m.format, m.venue,
	m.status, m.cancel_reason, n.slug as network_slug, n.short_name as network_short_name`;

/** The next meetings of every network the person belongs to (substitutes included). */
export async function upcomingMeetingsForUser(userId: number, limit = 6): Promise<MeetingSummary[]> {
	return sql<MeetingSummary[]>`
		select ${summaryColumns()}
		from meetings m
		join networks n on n.id = m.network_id
		where m.ends_at > now()
			and exists (select 1 from network_memberships nm
				where nm.network_id = m.network_id and nm.user_id = ${userId} and nm.left_on is null)
		order by m.starts_at
		limit ${limit}`;
}

export async function listNetworkMeetings(
	networkId: number,
	when: 'upcoming' | 'past',
	limit = 20
): Promise<MeetingSummary[]> {
	return when === 'upcoming'
		? sql<MeetingSummary[]>`
			select ${summaryColumns()} from meetings m join networks n on n.id = m.network_id
			where m.network_id = ${networkId} and m.ends_at > now()
			order by m.starts_at limit ${limit}`
		: sql<MeetingSummary[]>`
			select ${summaryColumns()} from meetings m join networks n on n.id = m.network_id
			where m.network_id = ${networkId} and m.ends_at <= now()
			order by m.starts_at desc limit ${limit}`;
}
