/** Networks (nätverk, råd), their members and who may see what. */
import { sql, type Db } from './db.ts';
import type { SessionUser } from './auth/session.ts';

export type NetworkRole = 'chair' | 'secretary' | 'member' | 'substitute';

export interface Network {
	id: number;
	slug: string;
	name: string;
	shortName: string;
	description: string;
	isPublic: boolean;
	organisationName: string | null;
}

export interface NetworkWithRole extends Network {
	role: NetworkRole | null;
	memberCount: number;
}

const networkColumns = () =>
	sql`n.id, n.slug, n.name, n.short_name, n.description, n.is_public, o.name as organisation_name`;

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

export async function roleInNetwork(networkId: number, userId: number): Promise<NetworkRole | null> {
	const [row]: [{ role: NetworkRole }?] = await sql`
		select role from network_memberships
		where network_id = ${networkId} and user_id = ${userId} and left_on is null`;
	return row?.role ?? null;
}

/** What a person may do in a network. Private networks are invisible (404) to outsiders. */
export interface NetworkAccess {
	role: NetworkRole | null;
	canView: boolean;
	canManage: boolean;
}

export async function networkAccess(network: Network, user: SessionUser | null): Promise<NetworkAccess> {
	const role = user ? await roleInNetwork(network.id, user.id) : null;
	const isAdmin = user?.isAdmin ?? false;
	return {
		role,
		canView: network.isPublic || isAdmin || role !== null,
		canManage: isAdmin || role === 'chair' || role === 'secretary'
	};
}

export interface Member {
	membershipId: number;
	userId: number;
	name: string;
	email: string;
	role: NetworkRole;
	organisationName: string | null;
	substituteForName: string | null;
	joinedOn: string;
}

export async function listCurrentMembers(networkId: number): Promise<Member[]> {
	return sql<Member[]>`
		select nm.id as membership_id, u.id as user_id, u.name, u.email, nm.role,
			o.name as organisation_name, su.name as substitute_for_name, nm.joined_on
		from network_memberships nm
		join users u on u.id = nm.user_id
		left join organisations o on o.id = nm.organisation_id
		left join network_memberships sm on sm.id = nm.substitute_for
		left join users su on su.id = sm.user_id
		where nm.network_id = ${networkId} and nm.left_on is null
		order by case nm.role when 'chair' then 0 when 'secretary' then 1 when 'member' then 2 else 3 end,
			o.name nulls last, u.name`;
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

export interface Organisation {
	id: number;
	name: string;
	kind: string;
}

export async function listOrganisations(): Promise<Organisation[]> {
	return sql<Organisation[]>`select id, name, kind from organisations order by name`;
}
