/** Factories for networks, members, meetings and agendas: real rows, no mocks. */
import { sql } from '../../src/lib/server/platform/db.ts';
import type { SessionUser } from '../../src/lib/server/auth/session.ts';
import * as meetings from '../../src/lib/server/networks/meetings.ts';
import type { MeetingInput } from '../../src/lib/server/networks/meetings.ts';
import { parseStockholmLocal } from '../../src/lib/domain/platform/stockholm-time.ts';
import { createNetwork, createUser } from './factories.ts';

let counter = 0;
const unique = () => `${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

export async function createOrganisation(
	overrides: { name?: string; kind?: string; venue?: string | null; address?: string | null } = {}
) {
	const [row] = await sql<{ id: number; name: string }[]>`
		insert into organisations (name, kind, meeting_venue, meeting_address)
		values (${overrides.name ?? `Kommun ${unique()}`}, ${overrides.kind ?? 'municipality'},
			${overrides.venue ?? null}, ${overrides.address ?? null})
		returning id, name`;
	return row;
}

export interface TestMember {
	user: SessionUser;
	membershipId: number;
}

/** A person with a membership in the network. */
export async function addPerson(
	networkId: number,
	role: 'chair' | 'secretary' | 'member' | 'substitute',
	options: {
		name?: string;
		organisationId?: number | null;
		joinedOn?: string;
		leftOn?: string | null;
		substituteFor?: number | null;
	} = {}
): Promise<TestMember> {
	const user = await createUser({ name: options.name ?? `${role} ${unique()}` });
	const [{ id }] = await sql<{ id: number }[]>`
		insert into network_memberships (network_id, user_id, role, organisation_id, joined_on, left_on, substitute_for)
		values (${networkId}, ${user.id}, ${role}, ${options.organisationId ?? null}, ${options.joinedOn ?? '2024-01-01'},
			${options.leftOn ?? null}, ${options.substituteFor ?? null})
		returning id`;
	return { user: { ...user, isAdmin: false }, membershipId: id };
}

export async function signedInUser(overrides: { isAdmin?: boolean } = {}): Promise<SessionUser> {
	const user = await createUser({ isAdmin: overrides.isAdmin ?? false });
	return { ...user, isAdmin: overrides.isAdmin ?? false };
}

export function at(date: string, time: string): Date {
	const parsed = parseStockholmLocal(date, time);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.value;
}

export function meetingInput(
	overrides: Partial<MeetingInput> & { date?: string; start?: string; end?: string } = {}
): MeetingInput {
	const { date = '2030-03-12', start = '09:00', end = '12:00', ...rest } = overrides;
	return {
		title: '',
		startsAt: at(date, start),
		endsAt: at(date, end),
		isFullDay: false,
		format: 'digital',
		venue: null,
		address: null,
		onlineUrl: 'https://teams.example/mote',
		hostOrganisationId: null,
		beredning: [],
		...rest
	};
}

export async function createMeeting(
	networkId: number,
	overrides: Parameters<typeof meetingInput>[0] = {}
): Promise<{ id: number; number: number }> {
	const outcome = await meetings.createMeeting(networkId, meetingInput(overrides));
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome.value;
}

/** A network with a chair, a secretary, three members (one of them with a substitute). */
export async function createStaffedNetwork(options: { isPublic?: boolean } = {}) {
	const network = await createNetwork({ isPublic: options.isPublic ?? false });
	const organisation = await createOrganisation();
	const chair = await addPerson(network.id, 'chair', { organisationId: organisation.id });
	const secretary = await addPerson(network.id, 'secretary', { organisationId: organisation.id });
	const member = await addPerson(network.id, 'member', { organisationId: organisation.id });
	const other = await addPerson(network.id, 'member', { organisationId: organisation.id });
	const third = await addPerson(network.id, 'member', { organisationId: organisation.id });
	const substitute = await addPerson(network.id, 'substitute', {
		organisationId: organisation.id,
		substituteFor: member.membershipId
	});
	return { network, organisation, chair, secretary, member, other, third, substitute };
}

/** What a guard sees of a request. */
export function eventFor(user: SessionUser | null, params: Record<string, string>, path = '/natverk') {
	return { params, locals: { user, session: null }, url: new URL(`http://localhost${path}`) };
}
