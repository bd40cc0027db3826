/** Conference editions (e.g. Digitalisering i människans tjänst 2026) and who works on them. */
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { sql, type Db } from '../platform/db.ts';
import type { SessionUser } from '../auth/session.ts';
import { requireUser } from '../auth/guards.ts';

export type ConferenceStatus =
	'draft' | 'published' | 'registration_open' | 'registration_closed' | 'completed';
export type ConferenceRole = 'coordinator' | 'organiser' | 'office';

export const CONFERENCE_STATUSES: readonly ConferenceStatus[] = [
	'draft',
	'published',
	'registration_open',
	'registration_closed',
	'completed'
];
export const CONFERENCE_ROLES: readonly ConferenceRole[] = ['coordinator', 'organiser', 'office'];

export interface Conference {
	id: number;
	slug: string;
	title: string;
	seriesName: string;
	startsOn: string;
	endsOn: string;
	venue: string | null;
	address: string | null;
	description: string;
	contactEmail: string | null;
	status: ConferenceStatus;
}

export interface ConferenceDetails extends Conference {
	seriesId: number;
	copiedFromId: number | null;
	copiedFromSlug: string | null;
}

const columns =
	() => sql`c.id, c.slug, c.title, s.name as series_name, c.starts_on, c.ends_on, c.venue, c.address,
	c.description, c.contact_email, c.status`;

/** Published editions, newest first; drafts are only for their working group. */
export async function listPublishedConferences(): Promise<Conference[]> {
	return sql<Conference[]>`
		select ${columns()} from conferences c join conference_series s on s.id = c.series_id
		where c.status <> 'draft' order by c.starts_on desc`;
}

export async function listMyConferences(userId: number): Promise<(Conference & { role: ConferenceRole })[]> {
	return sql<(Conference & { role: ConferenceRole })[]>`
		select ${columns()}, r.role from conferences c
		join conference_series s on s.id = c.series_id
		join conference_roles r on r.conference_id = c.id and r.user_id = ${userId}
		order by c.starts_on desc`;
}

/** Every edition, drafts included: the administrator's view of /konferenser. */
export async function listAllConferences(): Promise<Conference[]> {
	return sql<Conference[]>`
		select ${columns()} from conferences c join conference_series s on s.id = c.series_id
		order by c.starts_on desc`;
}

export async function getConferenceBySlug(slug: string): Promise<ConferenceDetails | null> {
	const [row]: [ConferenceDetails?] = await sql`
		select ${columns()}, c.series_id, c.copied_from_id, p.slug as copied_from_slug
		from conferences c join conference_series s on s.id = c.series_id
		left join conferences p on p.id = c.copied_from_id
		where c.slug = ${slug}`;
	return row ?? null;
}

export async function getConference(id: number, db: Db = sql): Promise<ConferenceDetails | null> {
	const [row]: [ConferenceDetails?] = await db`
		select c.id, c.slug, c.title, s.name as series_name, c.starts_on, c.ends_on, c.venue, c.address,
			c.description, c.contact_email, c.status, c.series_id, c.copied_from_id, p.slug as copied_from_slug
		from conferences c join conference_series s on s.id = c.series_id
		left join conferences p on p.id = c.copied_from_id
		where c.id = ${id}`;
	return row ?? null;
}

export async function conferenceRole(conferenceId: number, userId: number): Promise<ConferenceRole | null> {
	const [row]: [{ role: ConferenceRole }?] = await sql`
		select role from conference_roles where conference_id = ${conferenceId} and user_id = ${userId}`;
	return row?.role ?? null;
}

/** What a person may do with one edition. */
export interface ConferenceAccess {
	role: ConferenceRole | null;
	isAdmin: boolean;
	/** Drafts are visible only to the working group, the office and administrators. */
	canView: boolean;
	/** The working group (coordinator, organisers) and administrators: rooms, tracks, sessions, publishing. */
	canEditProgramme: boolean;
	/** Coordinator and administrators: the edition's details and status, its working group, "Ny upplaga". */
	canManage: boolean;
	/** Everyone with a role (the office included) and administrators: registrations, the organisers' CSV. */
	canSeeRegistrations: boolean;
}

/** The rules, apart from the database: one place that says who may do what. */
export function accessFor(
	status: ConferenceStatus,
	role: ConferenceRole | null,
	isAdmin: boolean
): ConferenceAccess {
	return {
		role,
		isAdmin,
		canView: status !== 'draft' || isAdmin || role !== null,
		canEditProgramme: isAdmin || role === 'coordinator' || role === 'organiser',
		canManage: isAdmin || role === 'coordinator',
		canSeeRegistrations: isAdmin || role !== null
	};
}

export async function conferenceAccess(
	conference: Pick<Conference, 'id' | 'status'>,
	user: SessionUser | null
): Promise<ConferenceAccess> {
	const role = user ? await conferenceRole(conference.id, user.id) : null;
	return accessFor(conference.status, role, user?.isAdmin ?? false);
}

export type ConferenceNeed = 'view' | 'editProgramme' | 'manage' | 'seeRegistrations';

interface GuardEvent {
	params: { slug?: string };
	locals: App.Locals;
	url: URL;
}

/**
 * The guard of every conference page, action and endpoint. An edition the person may not see does
 * not exist for them (404, as for private networks); anything beyond viewing needs a signed-in
 * person (to the sign-in page) with the right role (403).
 */
export async function requireConference(
	event: GuardEvent,
	need?: 'view'
): Promise<{ conference: ConferenceDetails; access: ConferenceAccess; user: SessionUser | null }>;
export async function requireConference(
	event: GuardEvent,
	need: Exclude<ConferenceNeed, 'view'>
): Promise<{ conference: ConferenceDetails; access: ConferenceAccess; user: SessionUser }>;
export async function requireConference(
	event: GuardEvent,
	need: ConferenceNeed
): Promise<{ conference: ConferenceDetails; access: ConferenceAccess; user: SessionUser | null }>;
export async function requireConference(event: GuardEvent, need: ConferenceNeed = 'view') {
	const conference = await getConferenceBySlug(event.params.slug ?? '');
	if (!conference) error(404, m.error_not_found());
	const user = event.locals.user;
	const access = await conferenceAccess(conference, user);
	if (need === 'view') {
		if (!access.canView) error(404, m.error_not_found());
		return { conference, access, user };
	}
	const signedIn = requireUser(event);
	if (!access.canView) error(404, m.error_not_found());
	const allowed =
		need === 'editProgramme'
			? access.canEditProgramme
			: need === 'manage'
				? access.canManage
				: access.canSeeRegistrations;
	if (!allowed) error(403, m.error_forbidden());
	return { conference, access, user: signedIn };
}

// ---------------------------------------------------------------------------------------------
// Editing an edition

export interface ConferenceInput {
	title: string;
	startsOn: string;
	endsOn: string;
	venue: string | null;
	address: string | null;
	description: string;
	contactEmail: string | null;
	status: ConferenceStatus;
}

/**
 * Saves an edition's details. When the dates shrink, day windows of dates no longer in the
 * conference go too; sessions on those dates stay and show up as conflicts for the organisers.
 */
export async function updateConference(conferenceId: number, input: ConferenceInput): Promise<void> {
	await sql.begin(async (tx) => {
		await tx`
			update conferences set ${tx(
				input,
				'title',
				'startsOn',
				'endsOn',
				'venue',
				'address',
				'description',
				'contactEmail',
				'status'
			)}
			where id = ${conferenceId}`;
		await tx`
			delete from conference_days
			where conference_id = ${conferenceId} and (day < ${input.startsOn} or day > ${input.endsOn})`;
	});
}

// ---------------------------------------------------------------------------------------------
// The working group (arbetsgrupp) and the conference office

export interface WorkingGroupMember {
	userId: number;
	name: string;
	email: string;
	role: ConferenceRole;
}

export async function listWorkingGroup(conferenceId: number): Promise<WorkingGroupMember[]> {
	return sql<WorkingGroupMember[]>`
		select u.id as user_id, u.name, u.email, r.role
		from conference_roles r join users u on u.id = r.user_id
		where r.conference_id = ${conferenceId}
		order by case r.role when 'coordinator' then 0 when 'organiser' then 1 else 2 end, u.name`;
}

export type RoleChangeResult = { ok: true } | { ok: false; reason: 'unknown_user' | 'last_coordinator' };

/** Gives a person with an account a role in the edition (or changes it). */
export async function setConferenceRole(
	conferenceId: number,
	email: string,
	role: ConferenceRole
): Promise<RoleChangeResult> {
	return sql.begin(async (tx) => {
		const [user]: [{ id: number }?] =
			await tx`select id from users where email = ${email.trim().toLowerCase()}`;
		if (!user) return { ok: false as const, reason: 'unknown_user' as const };
		await lockConference(tx, conferenceId);
		const current = await tx<{ role: ConferenceRole }[]>`
			select role from conference_roles where conference_id = ${conferenceId} and user_id = ${user.id}`;
		if (
			current[0]?.role === 'coordinator' &&
			role !== 'coordinator' &&
			(await coordinators(tx, conferenceId)) <= 1
		) {
			return { ok: false as const, reason: 'last_coordinator' as const };
		}
		await tx`
			insert into conference_roles (conference_id, user_id, role) values (${conferenceId}, ${user.id}, ${role})
			on conflict (conference_id, user_id) do update set role = excluded.role`;
		return { ok: true as const };
	});
}

/** Takes a person out of the working group; an edition always keeps one coordinator. */
export async function removeConferenceRole(conferenceId: number, userId: number): Promise<RoleChangeResult> {
	return sql.begin(async (tx) => {
		await lockConference(tx, conferenceId);
		const [current]: [{ role: ConferenceRole }?] = await tx`
			select role from conference_roles where conference_id = ${conferenceId} and user_id = ${userId}`;
		if (current?.role === 'coordinator' && (await coordinators(tx, conferenceId)) <= 1) {
			return { ok: false as const, reason: 'last_coordinator' as const };
		}
		await tx`delete from conference_roles where conference_id = ${conferenceId} and user_id = ${userId}`;
		return { ok: true as const };
	});
}

async function coordinators(tx: Db, conferenceId: number): Promise<number> {
	const [{ count }] = await tx<{ count: number }[]>`
		select count(*) from conference_roles where conference_id = ${conferenceId} and role = 'coordinator'`;
	return count;
}

/**
 * Serialises every change to one edition's programme and working group: two organisers saving at
 * once are checked one after the other, so neither can slip a double booking past the other.
 */
export async function lockConference(tx: Db, conferenceId: number): Promise<void> {
	await tx`select id from conferences where id = ${conferenceId} for update`;
}
