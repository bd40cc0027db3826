/**
 * The shared organisation register (municipalities, municipal federations, the region, agencies,
 * universities) and the venue each offers when it hosts a physical network meeting.
 */
import { m } from '#lib/paraglide/messages.js';
import { sql } from '../platform/db.ts';
import { done, refused, type Outcome } from '../platform/result.ts';

export type OrganisationKind = 'municipality' | 'federation' | 'region' | 'agency' | 'university' | 'other';

export interface OrganisationWithVenue {
	id: number;
	name: string;
	shortName: string | null;
	kind: OrganisationKind;
	meetingVenue: string | null;
	meetingAddress: string | null;
	/** Current members of the network who represent it. */
	memberCount: number;
}

export async function createOrganisation(input: {
	name: string;
	shortName: string | null;
	kind: OrganisationKind;
}): Promise<Outcome<{ id: number }>> {
	const [row]: [{ id: number }?] = await sql`
		insert into organisations (name, short_name, kind) values (${input.name}, ${input.shortName}, ${input.kind})
		on conflict ((lower(name))) do nothing
		returning id`;
	if (!row) return refused(m.net_org_error_exists({ name: input.name }), 'name', 409);
	return done(row);
}

/** The organisations represented in a network now, which are the ones that take turns hosting. */
export async function listNetworkOrganisations(networkId: number): Promise<OrganisationWithVenue[]> {
	return sql<OrganisationWithVenue[]>`
		select o.id, o.name, o.short_name, o.kind, o.meeting_venue, o.meeting_address, count(nm.id) as member_count
		from organisations o
		join network_memberships nm on nm.organisation_id = o.id and nm.network_id = ${networkId}
			and nm.left_on is null and nm.role <> 'substitute'
		group by o.id
		order by o.name`;
}

export async function getOrganisation(id: number): Promise<OrganisationWithVenue | null> {
	const [row]: [OrganisationWithVenue?] = await sql`
		select id, name, short_name, kind, meeting_venue, meeting_address, 0 as member_count
		from organisations where id = ${id}`;
	return row ?? null;
}

/**
 * Sets the venue an organisation offers for meetings. Only organisations represented in the network
 * whose manager asks may be changed from there, so one network cannot rewrite another's register.
 */
export async function setMeetingVenue(
	networkId: number,
	organisationId: number,
	input: { venue: string | null; address: string | null }
): Promise<Outcome> {
	const rows = await sql`
		update organisations o set meeting_venue = ${input.venue}, meeting_address = ${input.address}
		where o.id = ${organisationId} and exists (
			select 1 from network_memberships nm
			where nm.organisation_id = o.id and nm.network_id = ${networkId} and nm.left_on is null)
		returning o.id`;
	if (rows.length === 0) return refused(m.error_organisation_invalid(), 'organisationId', 404);
	return done(undefined);
}
