/**
 * Meetings of the networks: numbering that continues the network's series, time and place,
 * beredning, status and cancellation, and overlap warnings.
 *
 * `sequence` is the iCalendar SEQUENCE of the meeting's calendar event: it is raised whenever the
 * time or place changes and when the meeting is cancelled or reinstated, so calendars that
 * subscribe to the meeting replace their copy.
 */
import { m } from '#lib/paraglide/messages.js';
import { sql, type Db } from '../platform/db.ts';
import { addStandingItems, movePinnedStarts } from './agenda.ts';
import { done, refused, type Outcome } from '../platform/result.ts';

export type MeetingFormat = 'digital' | 'physical' | 'hybrid';
export type MeetingStatus = 'planned' | 'confirmed' | 'cancelled';

export interface MeetingSummary {
	id: number;
	number: number;
	title: string;
	startsAt: Date;
	endsAt: Date;
	isFullDay: boolean;
	format: MeetingFormat;
	venue: string | null;
	status: MeetingStatus;
	cancelReason: string | null;
	networkSlug: string;
	networkShortName: string;
}

export interface Meeting extends MeetingSummary {
	networkId: number;
	address: string | null;
	onlineUrl: string | null;
	hostOrganisationId: number | null;
	hostOrganisationName: string | null;
	sequence: number;
	cancelledAt: Date | null;
	updatedAt: Date;
	/** Swedish wall clock: 'YYYY-MM-DD', 'HH:MM', 'HH:MM' */
	date: string;
	start: string;
	end: string;
}

export interface BeredningMember {
	meetingId: number;
	membershipId: number;
	userId: number;
	name: string;
	organisationName: string | null;
}

export interface MeetingInput {
	title: string;
	startsAt: Date;
	endsAt: Date;
	isFullDay: boolean;
	format: MeetingFormat;
	venue: string | null;
	address: string | null;
	onlineUrl: string | null;
	hostOrganisationId: number | null;
	/** Membership ids of the beredning. */
	beredning: number[];
}

export interface SavedMeeting {
	id: number;
	number: number;
	/** Other meetings of the network at the same time (cancelled ones do not count). */
	overlaps: MeetingSummary[];
}

const summaryColumns =
	() => sql`m.id, m.number, m.title, m.starts_at, m.ends_at, m.is_full_day, m.format, m.venue,
	m.status, m.cancel_reason, n.slug as network_slug, n.short_name as network_short_name`;

const meetingColumns = () => sql`${summaryColumns()}, m.network_id, m.address, m.online_url,
	m.host_organisation_id, ho.name as host_organisation_name, m.sequence, m.cancelled_at, m.updated_at,
	to_char(m.starts_at at time zone 'Europe/Stockholm', 'YYYY-MM-DD') as date,
	to_char(m.starts_at at time zone 'Europe/Stockholm', 'HH24:MI') as start,
	to_char(m.ends_at at time zone 'Europe/Stockholm', 'HH24:MI') as end`;

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

/** Every meeting of the network, newest first, a page at a time. */
export async function listMeetingsPage(
	networkId: number,
	options: { page: number; pageSize: number }
): Promise<{ total: number; meetings: MeetingSummary[] }> {
	const [{ total }] = await sql<{ total: number }[]>`
		select count(*) as total from meetings where network_id = ${networkId}`;
	const meetings = await sql<MeetingSummary[]>`
		select ${summaryColumns()} from meetings m join networks n on n.id = m.network_id
		where m.network_id = ${networkId}
		order by m.starts_at desc
		limit ${options.pageSize} offset ${(options.page - 1) * options.pageSize}`;
	return { total, meetings };
}

export async function getMeeting(networkId: number, number: number): Promise<Meeting | null> {
	const [row]: [Meeting?] = await sql`
		select ${meetingColumns()} from meetings m join networks n on n.id = m.network_id
		left join organisations ho on ho.id = m.host_organisation_id
		where m.network_id = ${networkId} and m.number = ${number}`;
	return row ?? null;
}

export async function getMeetingById(id: number): Promise<Meeting | null> {
	const [row]: [Meeting?] = await sql`
		select ${meetingColumns()} from meetings m join networks n on n.id = m.network_id
		left join organisations ho on ho.id = m.host_organisation_id
		where m.id = ${id}`;
	return row ?? null;
}

/** Earlier meetings of the network that have an agenda to copy, newest first. */
export async function listMeetingsWithAgenda(networkId: number, before: Date): Promise<MeetingSummary[]> {
	return sql<MeetingSummary[]>`
		select ${summaryColumns()} from meetings m join networks n on n.id = m.network_id
		where m.network_id = ${networkId} and m.starts_at < ${before}
			and exists (select 1 from agenda_items a where a.meeting_id = m.id)
		order by m.starts_at desc limit 40`;
}

export async function listBeredning(meetingIds: readonly number[]): Promise<BeredningMember[]> {
	if (meetingIds.length === 0) return [];
	return sql<BeredningMember[]>`
		select b.meeting_id, b.membership_id, u.id as user_id, u.name, o.name as organisation_name
		from meeting_beredning b
		join network_memberships nm on nm.id = b.membership_id
		join users u on u.id = nm.user_id
		left join organisations o on o.id = nm.organisation_id
		where b.meeting_id in ${sql(meetingIds)}
		order by u.name`;
}

/** Whether the person is on the meeting's beredning through a current membership. */
export async function isOnBeredning(meetingId: number, userId: number): Promise<boolean> {
	const [row] = await sql`
		select 1 from meeting_beredning b join network_memberships nm on nm.id = b.membership_id
		where b.meeting_id = ${meetingId} and nm.user_id = ${userId} and nm.left_on is null`;
	return Boolean(row);
}

/** Other meetings of the network whose time overlaps [startsAt, endsAt); cancelled ones do not count. */
export async function findOverlaps(
	networkId: number,
	startsAt: Date,
	endsAt: Date,
	exceptMeetingId: number | null = null,
	db: Db = sql
): Promise<MeetingSummary[]> {
	return db<MeetingSummary[]>`
		select ${summaryColumns()} from meetings m join networks n on n.id = m.network_id
		where m.network_id = ${networkId} and m.status <> 'cancelled'
			and m.id is distinct from ${exceptMeetingId}
			and m.starts_at < ${endsAt} and m.ends_at > ${startsAt}
		order by m.starts_at`;
}

/** Checks what the database would refuse less helpfully: the host and the beredning members. */
async function checkReferences(db: Db, networkId: number, input: MeetingInput): Promise<Outcome> {
	if (input.endsAt <= input.startsAt) return refused(m.meeting_error_end_before_start(), 'end');
	if (new Set(input.beredning).size !== input.beredning.length) {
		return refused(m.meeting_error_beredning_twice(), 'beredning');
	}
	if (input.hostOrganisationId !== null) {
		const [host] = await db`select 1 from organisations where id = ${input.hostOrganisationId}`;
		if (!host) return refused(m.error_organisation_invalid(), 'hostOrganisationId');
	}
	if (input.beredning.length > 0) {
		const members = await db<{ id: number }[]>`
			select id from network_memberships
			where network_id = ${networkId} and id in ${db(input.beredning)} and left_on is null
				and role <> 'substitute'`;
		if (members.length !== input.beredning.length) return refused(m.net_error_unknown_member(), 'beredning');
	}
	return done(undefined);
}

async function setBeredning(db: Db, meetingId: number, networkId: number, membershipIds: readonly number[]) {
	await db`delete from meeting_beredning where meeting_id = ${meetingId}`;
	if (membershipIds.length > 0) {
		await db`
			insert into meeting_beredning ${db(
				membershipIds.map((membershipId) => ({ meetingId, networkId, membershipId })),
				'meetingId',
				'networkId',
				'membershipId'
			)}`;
	}
}

/**
 * Creates a meeting with the next number of the network's series ("möte nr 72") and puts the
 * network's standing items on its agenda. The network row is locked while numbering, so two
 * meetings created at once get consecutive numbers (the unique (network_id, number) backs this up).
 */
export async function createMeeting(
	networkId: number,
	input: MeetingInput,
	db?: Db
): Promise<Outcome<SavedMeeting>> {
	const run = async (tx: Db): Promise<Outcome<SavedMeeting>> => {
		await tx`select id from networks where id = ${networkId} for update`;
		const checked = await checkReferences(tx, networkId, input);
		if (!checked.ok) return checked;
		const [{ id, number }] = await tx<{ id: number; number: number }[]>`
			insert into meetings (network_id, number, title, starts_at, ends_at, is_full_day, format, venue, address,
				online_url, host_organisation_id)
			values (${networkId},
				(select coalesce(max(number), 0) + 1 from meetings where network_id = ${networkId}),
				${input.title}, ${input.startsAt}, ${input.endsAt}, ${input.isFullDay}, ${input.format},
				${input.venue}, ${input.address}, ${input.onlineUrl}, ${input.hostOrganisationId})
			returning id, number`;
		await setBeredning(tx, id, networkId, input.beredning);
		await addStandingItems(tx, id);
		const overlaps = await findOverlaps(networkId, input.startsAt, input.endsAt, id, tx);
		return done({ id, number, overlaps });
	};
	return db ? run(db) : sql.begin(run);
}

/**
 * Changes a meeting. A change of time or place raises `sequence` (in the same statement, so it
 * cannot be lost between two concurrent edits).
 */
export async function updateMeeting(
	meetingId: number,
	input: MeetingInput,
	db?: Db
): Promise<Outcome<SavedMeeting & { rescheduled: boolean }>> {
	const run = async (tx: Db): Promise<Outcome<SavedMeeting & { rescheduled: boolean }>> => {
		const [current]: [{ networkId: number; startsAt: Date }?] = await tx`
			select network_id, starts_at from meetings where id = ${meetingId} for update`;
		if (!current) return refused(m.error_not_found(), undefined, 404);
		const checked = await checkReferences(tx, current.networkId, input);
		if (!checked.ok) return checked;
		const [{ number, rescheduled }] = await tx<{ number: number; rescheduled: boolean }[]>`
			with old as (select * from meetings where id = ${meetingId})
			update meetings m set title = ${input.title}, starts_at = ${input.startsAt}, ends_at = ${input.endsAt},
				is_full_day = ${input.isFullDay}, format = ${input.format}, venue = ${input.venue},
				address = ${input.address}, online_url = ${input.onlineUrl},
				host_organisation_id = ${input.hostOrganisationId}, updated_at = now(),
				sequence = m.sequence + case when (old.starts_at, old.ends_at, old.format, old.venue, old.address, old.online_url)
					is distinct from (${input.startsAt}::timestamptz, ${input.endsAt}::timestamptz, ${input.format}::text,
						${input.venue}::text, ${input.address}::text, ${input.onlineUrl}::text) then 1 else 0 end
			from old where m.id = old.id
			returning m.number, m.sequence <> old.sequence as rescheduled`;
		await setBeredning(tx, meetingId, current.networkId, input.beredning);
		// fixed times on the agenda move with the meeting (agenda-times.ts)
		await movePinnedStarts(tx, meetingId, current.startsAt, input.startsAt);
		const overlaps = await findOverlaps(current.networkId, input.startsAt, input.endsAt, meetingId, tx);
		return done({ id: meetingId, number, overlaps, rescheduled });
	};
	return db ? run(db) : sql.begin(run);
}

/** Planned → confirmed ("bekräftat"); a cancelled meeting must be reinstated first. */
export async function confirmMeeting(meetingId: number): Promise<Outcome> {
	const rows = await sql`
		update meetings set status = 'confirmed', updated_at = now()
		where id = ${meetingId} and status = 'planned' returning id`;
	if (rows.length === 0) return refused(m.meeting_error_not_planned(), undefined, 409);
	return done(undefined);
}

/** Cancels a meeting; it stays visible as cancelled, with its reason. */
export async function cancelMeeting(meetingId: number, reason: string): Promise<Outcome> {
	const rows = await sql`
		update meetings set status = 'cancelled', cancelled_at = now(), cancel_reason = ${reason},
			sequence = sequence + 1, updated_at = now()
		where id = ${meetingId} and status <> 'cancelled' returning id`;
	if (rows.length === 0) return refused(m.meeting_error_already_cancelled(), undefined, 409);
	return done(undefined);
}

export async function reinstateMeeting(meetingId: number): Promise<Outcome> {
	const rows = await sql`
		update meetings set status = 'planned', cancelled_at = null, cancel_reason = null,
			sequence = sequence + 1, updated_at = now()
		where id = ${meetingId} and status = 'cancelled' returning id`;
	if (rows.length === 0) return refused(m.meeting_error_not_cancelled(), undefined, 409);
	return done(undefined);
}
