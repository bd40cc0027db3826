/** Networks (nätverk, råd), their members and substitutes, and who may see what. */
import { m } from '#lib/paraglide/messages.js';
import { sql, type Db } from '../platform/db.ts';
import type { SessionUser } from '../auth/session.ts';
import {
	canView,
	isAllowed,
	type Actor,
	type NetworkRole
} from '../../domain/networks/network-permissions.ts';
import { done, refused, type Outcome } from '../platform/result.ts';
import { toStockholmParts } from '../../domain/platform/stockholm-time.ts';

export type { NetworkRole };

/** Today's date in Sweden, 'YYYY-MM-DD': what "today" means for meetings, whatever the server's clock. */
export function stockholmToday(now: Date = new Date()): string {
	return toStockholmParts(now).date;
}

export interface Network {
	id: number;
	slug: string;
	name: string;
	shortName: string;
	description: string;
	isPublic: boolean;
	organisationId: number | null;
	organisationName: string | null;
	/** 'HH:MM', Swedish time */
	defaultStart: string;
	defaultEnd: string;
	defaultOnlineUrl: string | null;
	defaultVenue: string | null;
	beredningSize: number;
	includeChairInBeredning: boolean;
}

export interface NetworkWithRole extends Network {
	role: NetworkRole | null;
	memberCount: number;
}

const networkColumns = () =>
	sql`n.id, n.slug, n.name, n.short_name, n.description, n.is_public, n.organisation_id,
	o.name as organisation_name, to_char(n.default_start, 'HH24:MI') as default_start,
	to_char(n.default_end, 'HH24:MI') as default_end, n.default_online_url, n.default_venue,
	n.beredning_size, n.include_chair_in_beredning`;

/**
 * The networks a person can see: public ones, their own, and all of them for administrators.
 * Their own role comes along so the list can say it.
 */
export async function listVisibleNetworks(user: SessionUser | null): Promise<NetworkWithRole[]> {
	const userId = user?.id ?? null;
	return sql<NetworkWithRole[]>`
		select ${networkColumns()}, me.role,
			(select count(*) from network_memberships c
				where c.network_id = n.id and c.left_on is null and c.role <> 'substitute') as member_count
		from networks n
		left join organisations o on o.id = n.organisation_id
		left join network_memberships me on me.network_id = n.id and me.user_id = ${userId} and me.left_on is null
		where n.is_public or me.id is not null or ${user?.isAdmin ?? false}
		order by (me.id is null), n.name`;
}

export async function listMyNetworks(userId: number): Promise<NetworkWithRole[]> {
	return sql<NetworkWithRole[]>`
		select ${networkColumns()}, me.role,
			(select count(*) from network_memberships c
				where c.network_id = n.id and c.left_on is null and c.role <> 'substitute') as member_count
		from networks n
		join network_memberships me on me.network_id = n.id and me.user_id = ${userId} and me.left_on is null
		left join organisations o on o.id = n.organisation_id
		order by n.name`;
}

export async function getNetworkBySlug(slug: string): Promise<Network | null> {
	const [row]: [Network?] = await sql`
		select ${networkColumns()} from networks n left join organisations o on o.id = n.organisation_id
		where n.slug = ${slug}`;
	return row ?? null;
}

export async function getNetwork(id: number): Promise<Network | null> {
	const [row]: [Network?] = await sql`
		select ${networkColumns()} from networks n left join organisations o on o.id = n.organisation_id
		where n.id = ${id}`;
	return row ?? null;
}

export async function roleInNetwork(networkId: number, userId: number): Promise<NetworkRole | null> {
	const [row]: [{ role: NetworkRole }?] = await sql`
		select role from network_memberships
		where network_id = ${networkId} and user_id = ${userId} and left_on is null`;
	return row?.role ?? null;
}

/** What a person may do in a network. Private networks are invisible (404) to outsiders. */
export interface NetworkAccess {
	role: NetworkRole | null;
	/** The person's current membership, for "my substitute" and "my action items". */
	membershipId: number | null;
	canView: boolean;
	/** Members, substitutes and administrators: member list, beredning, action items. */
	canSeeInternal: boolean;
	/** Chair, secretary and administrators. */
	canManage: boolean;
}

export async function networkAccess(network: Network, user: SessionUser | null): Promise<NetworkAccess> {
	const [membership]: [{ id: number; role: NetworkRole }?] = user
		? await sql`
			select id, role from network_memberships
			where network_id = ${network.id} and user_id = ${user.id} and left_on is null`
		: [];
	const actor: Actor = {
		signedIn: user !== null,
		isAdmin: user?.isAdmin ?? false,
		role: membership?.role ?? null,
		isBeredning: false
	};
	return {
		role: actor.role,
		membershipId: membership?.id ?? null,
		canView: canView(actor, network.isPublic),
		canSeeInternal: isAllowed('viewInternal', actor, network.isPublic),
		canManage: isAllowed('manage', actor, network.isPublic)
	};
}

// ---------------------------------------------------------------------------------------------
// Creating and changing networks

export interface NetworkInput {
	slug: string;
	name: string;
	shortName: string;
	description: string;
	isPublic: boolean;
	organisationId: number | null;
	defaultStart: string;
	defaultEnd: string;
	defaultOnlineUrl: string | null;
	defaultVenue: string | null;
	beredningSize: number;
	includeChairInBeredning: boolean;
}

async function organisationExists(db: Db, id: number | null): Promise<boolean> {
	if (id === null) return true;
	const [row] = await db`select 1 from organisations where id = ${id}`;
	return Boolean(row);
}

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown, constraint?: string) =>
	typeof error === 'object' &&
	error !== null &&
	(error as { code?: string }).code === UNIQUE_VIOLATION &&
	(!constraint || (error as { constraint_name?: string }).constraint_name === constraint);

/** An administrator creates a network; the creator can then invite its chair. */
export async function createNetwork(input: NetworkInput): Promise<Outcome<Network>> {
	if (!(await organisationExists(sql, input.organisationId))) {
		return refused(m.error_organisation_invalid(), 'organisationId');
	}
	try {
		const [{ id }] = await sql<{ id: number }[]>`
			insert into networks (slug, name, short_name, description, is_public, organisation_id, default_start,
				default_end, default_online_url, default_venue, beredning_size, include_chair_in_beredning)
			values (${input.slug}, ${input.name}, ${input.shortName}, ${input.description}, ${input.isPublic},
				${input.organisationId}, ${input.defaultStart}, ${input.defaultEnd}, ${input.defaultOnlineUrl},
				${input.defaultVenue}, ${input.beredningSize}, ${input.includeChairInBeredning})
			returning id`;
		return done((await getNetwork(id))!);
	} catch (error) {
		if (isUniqueViolation(error)) return refused(m.net_error_slug_taken(), 'slug', 409);
		throw error;
	}
}

export async function updateNetwork(networkId: number, input: Omit<NetworkInput, 'slug'>): Promise<Outcome> {
	if (!(await organisationExists(sql, input.organisationId))) {
		return refused(m.error_organisation_invalid(), 'organisationId');
	}
	await sql`
		update networks set name = ${input.name}, short_name = ${input.shortName},
			description = ${input.description}, is_public = ${input.isPublic},
			organisation_id = ${input.organisationId}, default_start = ${input.defaultStart},
			default_end = ${input.defaultEnd}, default_online_url = ${input.defaultOnlineUrl},
			default_venue = ${input.defaultVenue}, beredning_size = ${input.beredningSize},
			include_chair_in_beredning = ${input.includeChairInBeredning}
		where id = ${networkId}`;
	return done(undefined);
}

// ---------------------------------------------------------------------------------------------
// Members

export interface Member {
	membershipId: number;
	userId: number;
	name: string;
	email: string;
	role: NetworkRole;
	organisationId: number | null;
	organisationName: string | null;
	/** For a substitute: the member they stand in for. */
	substituteFor: number | null;
	substituteForName: string | null;
	/** For a member: their current standing substitute. */
	substituteName: string | null;
	substituteMembershipId: number | null;
	joinedOn: string;
	leftOn: string | null;
}

const memberColumns = () => sql`
	nm.id as membership_id, u.id as user_id, u.name, u.email, nm.role, nm.organisation_id,
	o.name as organisation_name, nm.substitute_for, su.name as substitute_for_name,
	sub.name as substitute_name, sub.membership_id as substitute_membership_id, nm.joined_on, nm.left_on`;

const memberJoins = () => sql`
	join users u on u.id = nm.user_id
	left join organisations o on o.id = nm.organisation_id
	left join network_memberships sm on sm.id = nm.substitute_for
	left join users su on su.id = sm.user_id
	left join lateral (
		select s.id as membership_id, us.name from network_memberships s join users us on us.id = s.user_id
		where s.substitute_for = nm.id and s.left_on is null
	) sub on true`;

const roleOrder = () =>
	sql`case nm.role when 'chair' then 0 when 'secretary' then 1 when 'member' then 2 else 3 end`;

export async function listCurrentMembers(networkId: number): Promise<Member[]> {
	return sql<Member[]>`
		select ${memberColumns()} from network_memberships nm ${memberJoins()}
		where nm.network_id = ${networkId} and nm.left_on is null
		order by ${roleOrder()}, o.name nulls last, u.name`;
}

/** People who have left, most recent first: history is kept, nobody is deleted. */
export async function listFormerMembers(networkId: number): Promise<Member[]> {
	return sql<Member[]>`
		select ${memberColumns()} from network_memberships nm ${memberJoins()}
		where nm.network_id = ${networkId} and nm.left_on is not null
		order by nm.left_on desc, u.name`;
}

export async function getMembership(networkId: number, membershipId: number): Promise<Member | null> {
	const [row]: [Member?] = await sql`
		select ${memberColumns()} from network_memberships nm ${memberJoins()}
		where nm.network_id = ${networkId} and nm.id = ${membershipId}`;
	return row ?? null;
}

/** Adds a current membership, or changes the role of the one there is. */
export async function upsertMembership(
	db: Db,
	input: { networkId: number; userId: number; role: NetworkRole; organisationId: number | null }
): Promise<void> {
	await db`
		insert into network_memberships (network_id, user_id, role, organisation_id)
		values (${input.networkId}, ${input.userId}, ${input.role}, ${input.organisationId})
		on conflict (network_id, user_id) where left_on is null
		do update set role = excluded.role, organisation_id = coalesce(excluded.organisation_id, network_memberships.organisation_id)`;
}

export async function updateMembership(
	networkId: number,
	membershipId: number,
	input: { role: Exclude<NetworkRole, 'substitute'>; organisationId: number | null; joinedOn: string }
): Promise<Outcome> {
	return sql.begin(async (tx) => {
		const [current]: [{ role: NetworkRole; leftOn: string | null }?] = await tx`
			select role, left_on from network_memberships
			where id = ${membershipId} and network_id = ${networkId} for update`;
		if (!current) return refused(m.net_error_unknown_member(), undefined, 404);
		if (current.role === 'substitute') return refused(m.net_error_substitute_role(), 'role');
		if (current.leftOn !== null && input.joinedOn > current.leftOn) {
			return refused(m.net_error_joined_after_left(), 'joinedOn');
		}
		if (!(await organisationExists(tx, input.organisationId))) {
			return refused(m.error_organisation_invalid(), 'organisationId');
		}
		await tx`
			update network_memberships set role = ${input.role}, organisation_id = ${input.organisationId},
				joined_on = ${input.joinedOn}
			where id = ${membershipId}`;
		return done(undefined);
	});
}

/**
 * Ends a membership on `leftOn` (the first day the person is no longer a member). The person's
 * standing substitute leaves with them, and they leave the beredning of meetings from that day on;
 * earlier meetings keep their history.
 */
export async function endMembership(
	networkId: number,
	membershipId: number,
	leftOn: string
): Promise<Outcome> {
	return sql.begin(async (tx) => {
		const [current]: [{ joinedOn: string; leftOn: string | null }?] = await tx`
			select joined_on, left_on from network_memberships
			where id = ${membershipId} and network_id = ${networkId} for update`;
		if (!current) return refused(m.net_error_unknown_member(), undefined, 404);
		if (current.leftOn !== null) return refused(m.net_error_already_left(), undefined, 409);
		if (leftOn < current.joinedOn) return refused(m.net_error_left_before_joined(), 'leftOn');
		await tx`update network_memberships set left_on = ${leftOn} where id = ${membershipId}`;
		await tx`
			update network_memberships set left_on = greatest(${leftOn}::date, joined_on)
			where substitute_for = ${membershipId} and left_on is null`;
		await tx`
			delete from meeting_beredning b using meetings mt
			where b.membership_id = ${membershipId} and mt.id = b.meeting_id
				and (mt.starts_at at time zone 'Europe/Stockholm')::date >= ${leftOn}::date`;
		return done(undefined);
	});
}

/**
 * Names `userId` the standing substitute (ersättare) of a member, replacing the one there was. Run
 * inside the invitation's transaction, so a refusal leaves no account or e-mail behind.
 */
export async function nameSubstitute(
	db: Db,
	input: {
		networkId: number;
		memberMembershipId: number;
		userId: number;
		organisationId: number | null;
		today: string;
	}
): Promise<Outcome> {
	const [member]: [{ role: NetworkRole; userId: number; leftOn: string | null }?] = await db`
		select role, user_id, left_on from network_memberships
		where id = ${input.memberMembershipId} and network_id = ${input.networkId} for update`;
	if (!member || member.leftOn !== null) return refused(m.net_error_unknown_member(), undefined, 404);
	if (member.role === 'substitute') return refused(m.net_error_substitute_of_substitute());
	if (member.userId === input.userId) return refused(m.net_error_own_substitute(), 'email');
	if (!(await organisationExists(db, input.organisationId))) {
		return refused(m.error_organisation_invalid(), 'organisationId');
	}
	const [existing]: [{ id: number; role: NetworkRole; substituteFor: number | null }?] = await db`
		select id, role, substitute_for from network_memberships
		where network_id = ${input.networkId} and user_id = ${input.userId} and left_on is null for update`;
	if (existing && existing.substituteFor === input.memberMembershipId) return done(undefined);
	if (existing) return refused(m.net_error_already_in_network(), 'email', 409);
	await db`
		update network_memberships set left_on = greatest(${input.today}::date, joined_on)
		where substitute_for = ${input.memberMembershipId} and left_on is null`;
	await db`
		insert into network_memberships (network_id, user_id, role, organisation_id, substitute_for, joined_on)
		values (${input.networkId}, ${input.userId}, 'substitute', ${input.organisationId},
			${input.memberMembershipId}, ${input.today})`;
	return done(undefined);
}

/** Ends the member's standing substitute, if there is one. */
export async function removeSubstitute(
	networkId: number,
	memberMembershipId: number,
	today: string
): Promise<void> {
	await sql`
		update network_memberships set left_on = greatest(${today}::date, joined_on)
		where network_id = ${networkId} and substitute_for = ${memberMembershipId} and left_on is null`;
}

// ---------------------------------------------------------------------------------------------
// Organisations (the shared register)

export interface Organisation {
	id: number;
	name: string;
	kind: string;
}

export async function listOrganisations(): Promise<Organisation[]> {
	return sql<Organisation[]>`select id, name, kind from organisations order by name`;
}
