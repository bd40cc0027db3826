/** Conference editions (e.g. Digitalisering i människans tjänst 2026) and who works on them. */
import { sql } from './db.ts';
import type { SessionUser } from './auth/session.ts';

export type ConferenceStatus =
	'draft' | 'published' | 'registration_open' | 'registration_closed' | 'completed';
export type ConferenceRole = 'coordinator' | 'organiser' | 'office';

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

export async function getConferenceBySlug(slug: string): Promise<Conference | null> {
	const [row]: [Conference?] = await sql`
		select ${columns()} from conferences c join conference_series s on s.id = c.series_id where c.slug = ${slug}`;
	return row ?? null;
}

export async function conferenceRole(conferenceId: number, userId: number): Promise<ConferenceRole | null> {
	const [row]: [{ role: ConferenceRole }?] = await sql`
		select role from conference_roles where conference_id = ${conferenceId} and user_id = ${userId}`;
	return row?.role ?? null;
}

export async function conferenceAccess(conference: Conference, user: SessionUser | null) {
	const role = user ? await conferenceRole(conference.id, user.id) : null;
	const isAdmin = user?.isAdmin ?? false;
	return {
		role,
		canView: conference.status !== 'draft' || isAdmin || role !== null,
		canEditProgramme: isAdmin || role === 'coordinator' || role === 'organiser',
		canSeeRegistrations: isAdmin || role !== null
	};
}
