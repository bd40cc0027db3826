/**
 * Networks: who may do what (every action × every role, through the guards the pages use), members
 * with history, standing substitutes, settings and the organisation register.
 */
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/lib/server/platform/db.ts';
import type { SessionUser } from '../../src/lib/server/auth/session.ts';
import * as networks from '../../src/lib/server/networks/networks.ts';
import * as organisations from '../../src/lib/server/networks/organisations.ts';
import * as users from '../../src/lib/server/auth/users.ts';
import {
	guardMeeting,
	guardMembership,
	guardNetwork,
	guardNewNetwork
} from '../../src/lib/server/networks/guards.ts';
import { createNetwork } from './factories.ts';
import {
	addPerson,
	createMeeting,
	createOrganisation,
	createStaffedNetwork,
	eventFor,
	signedInUser
} from './network-factories.ts';

// ---------------------------------------------------------------------------------------------
// The permission matrix

type Outcome = 'ok' | 404 | 403 | 'login';
const ROLES = [
	'admin',
	'chair',
	'secretary',
	'member',
	'substitute',
	'beredning',
	'outsider',
	'anonymous'
] as const;
type Role = (typeof ROLES)[number];

interface Fixture {
	slug: string;
	meetingNumber: number;
	users: Record<Role, SessionUser | null>;
	membershipOf: Record<Role, number | null>;
	memberMembershipId: number;
}

async function fixture(isPublic: boolean): Promise<Fixture> {
	const staffed = await createStaffedNetwork({ isPublic });
	const beredning = await addPerson(staffed.network.id, 'member');
	const meeting = await createMeeting(staffed.network.id, { beredning: [beredning.membershipId] });
	const admin = await signedInUser({ isAdmin: true });
	const outsider = await signedInUser();
	return {
		slug: staffed.network.slug,
		meetingNumber: meeting.number,
		memberMembershipId: staffed.member.membershipId,
		users: {
			admin,
			chair: staffed.chair.user,
			secretary: staffed.secretary.user,
			member: staffed.member.user,
			substitute: staffed.substitute.user,
			beredning: beredning.user,
			outsider,
			anonymous: null
		},
		membershipOf: {
			admin: null,
			chair: staffed.chair.membershipId,
			secretary: staffed.secretary.membershipId,
			member: staffed.member.membershipId,
			substitute: staffed.substitute.membershipId,
			beredning: beredning.membershipId,
			outsider: null,
			anonymous: null
		}
	};
}

/** Each page action and the guard its load/action calls. */
const ACTIONS: Record<string, (f: Fixture, role: Role) => Promise<unknown>> = {
	'see the network page and its meeting list': (f, r) =>
		guardNetwork(eventFor(f.users[r], { slug: f.slug }), 'view'),
	'see a meeting, its agenda and the print page': (f, r) =>
		guardMeeting(eventFor(f.users[r], { slug: f.slug, number: String(f.meetingNumber) }), 'view'),
	'see members, beredning and action items': (f, r) =>
		guardNetwork(eventFor(f.users[r], { slug: f.slug }), 'viewInternal'),
	'change settings, members, venues and standing items': (f, r) =>
		guardNetwork(eventFor(f.users[r], { slug: f.slug }), 'manage'),
	'plan a term and create meetings': (f, r) => guardNetwork(eventFor(f.users[r], { slug: f.slug }), 'manage'),
	'edit or cancel a meeting': (f, r) =>
		guardMeeting(eventFor(f.users[r], { slug: f.slug, number: String(f.meetingNumber) }), 'manage'),
	'edit the agenda, its guests and action items': (f, r) =>
		guardMeeting(eventFor(f.users[r], { slug: f.slug, number: String(f.meetingNumber) }), 'editAgenda'),
	'name their own substitute': (f, r) =>
		guardMembership(eventFor(f.users[r], { slug: f.slug }), f.membershipOf[r] ?? f.memberMembershipId),
	'name a member’s substitute': (f, r) =>
		guardMembership(eventFor(f.users[r], { slug: f.slug }), f.memberMembershipId),
	'create a network': (f, r) => guardNewNetwork(eventFor(f.users[r], {}))
};

const o = 'ok';
const l = 'login';
// admin, chair, secretary, member, substitute, beredning, outsider, anonymous
const PRIVATE: Record<string, Outcome[]> = {
	'see the network page and its meeting list': [o, o, o, o, o, o, 404, 404],
	'see a meeting, its agenda and the print page': [o, o, o, o, o, o, 404, 404],
	'see members, beredning and action items': [o, o, o, o, o, o, 404, 404],
	'change settings, members, venues and standing items': [o, o, o, 403, 403, 403, 404, 404],
	'plan a term and create meetings': [o, o, o, 403, 403, 403, 404, 404],
	'edit or cancel a meeting': [o, o, o, 403, 403, 403, 404, 404],
	'edit the agenda, its guests and action items': [o, o, o, 403, 403, o, 404, 404],
	'name their own substitute': [o, o, o, o, 403, o, 404, 404],
	'name a member’s substitute': [o, o, o, o, 403, 403, 404, 404],
	'create a network': [o, 403, 403, 403, 403, 403, 403, l]
};
const PUBLIC: Record<string, Outcome[]> = {
	...PRIVATE,
	'see the network page and its meeting list': [o, o, o, o, o, o, o, o],
	'see a meeting, its agenda and the print page': [o, o, o, o, o, o, o, o],
	'see members, beredning and action items': [o, o, o, o, o, o, 403, l],
	'change settings, members, venues and standing items': [o, o, o, 403, 403, 403, 403, l],
	'plan a term and create meetings': [o, o, o, 403, 403, 403, 403, l],
	'edit or cancel a meeting': [o, o, o, 403, 403, 403, 403, l],
	'edit the agenda, its guests and action items': [o, o, o, 403, 403, o, 403, l],
	'name their own substitute': [o, o, o, o, 403, o, 403, l],
	'name a member’s substitute': [o, o, o, o, 403, 403, 403, l]
};

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
	try {
		await run();
		return 'ok';
	} catch (error) {
		if (isRedirect(error) && error.location.startsWith('/logga-in')) return 'login';
		if (isHttpError(error) && (error.status === 403 || error.status === 404)) return error.status;
		throw error;
	}
}

for (const [label, isPublic, expected] of [
	['a private network', false, PRIVATE],
	['a public network', true, PUBLIC]
] as const) {
	describe(`permissions in ${label}`, () => {
		let f: Fixture;
		beforeAll(async () => {
			f = await fixture(isPublic);
		});
		for (const [action, outcomes] of Object.entries(expected)) {
			it(action, async () => {
				const actual: Record<string, Outcome> = {};
				for (const role of ROLES) actual[role] = await outcomeOf(() => ACTIONS[action]!(f, role));
				expect(actual).toEqual(Object.fromEntries(ROLES.map((role, i) => [role, outcomes[i]])));
			});
		}
	});
}

describe('guards', () => {
	it('answers 404 for an unknown network and for a meeting number that does not exist', async () => {
		const admin = await signedInUser({ isAdmin: true });
		const network = await createNetwork({ isPublic: true });
		for (const params of [
			{ slug: 'finns-inte' },
			{ slug: network.slug, number: '999' },
			{ slug: network.slug, number: 'abc' },
			{ slug: network.slug, number: '-1' }
		]) {
			expect(await outcomeOf(() => guardMeeting(eventFor(admin, params), 'view'))).toBe(404);
		}
	});

	it('sends an anonymous visitor to the sign-in page and back', async () => {
		const network = await createNetwork({ isPublic: true });
		try {
			await guardNetwork(
				eventFor(null, { slug: network.slug }, `/natverk/${network.slug}/medlemmar`),
				'manage'
			);
			expect.unreachable();
		} catch (error) {
			expect(isRedirect(error) && error.location).toBe(
				`/logga-in?next=${encodeURIComponent(`/natverk/${network.slug}/medlemmar`)}`
			);
		}
	});

	it('stops a former member at the door of a private network', async () => {
		const network = await createNetwork();
		const former = await addPerson(network.id, 'member', { joinedOn: '2020-01-01', leftOn: '2023-06-30' });
		expect(await outcomeOf(() => guardNetwork(eventFor(former.user, { slug: network.slug }), 'view'))).toBe(
			404
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Lists

describe('network lists', () => {
	it('shows outsiders the public networks only, and members their own first', async () => {
		const open = await createNetwork({ isPublic: true, name: 'Öppna rådet' });
		const closed = await createNetwork({ name: 'Slutna nätverket' });
		const member = await addPerson(closed.id, 'member');
		const outsider = await signedInUser();
		const forOutsider = (await networks.listVisibleNetworks(outsider)).map((n) => n.slug);
		expect(forOutsider).toContain(open.slug);
		expect(forOutsider).not.toContain(closed.slug);
		const forMember = await networks.listVisibleNetworks(member.user);
		expect(forMember[0]).toMatchObject({ slug: closed.slug, role: 'member' });
	});
});

// ---------------------------------------------------------------------------------------------
// Settings

describe('network settings', () => {
	const input = (overrides: Partial<networks.NetworkInput> = {}): networks.NetworkInput => ({
		slug: `natverk-${Math.random().toString(36).slice(2, 8)}`,
		name: 'Skaraborgs digitaliseringsnätverk',
		shortName: 'Skaraborg Digit',
		description: '',
		isPublic: true,
		organisationId: null,
		defaultStart: '09:00',
		defaultEnd: '12:00',
		defaultOnlineUrl: 'https://teams.example/skaraborg',
		defaultVenue: null,
		beredningSize: 3,
		includeChairInBeredning: false,
		...overrides
	});

	it('creates a network with its meeting defaults and refuses a taken address in Swedish', async () => {
		const created = await networks.createNetwork(input({ slug: 'skaraborg-digit' }));
		expect(created).toMatchObject({ ok: true, value: { slug: 'skaraborg-digit', defaultStart: '09:00' } });
		const again = await networks.createNetwork(input({ slug: 'skaraborg-digit', name: 'Något annat' }));
		expect(again).toMatchObject({
			ok: false,
			field: 'slug',
			message: expect.stringContaining('finns redan')
		});
		const [{ count }] = await sql<
			{ count: number }[]
		>`select count(*) from networks where slug = 'skaraborg-digit'`;
		expect(count).toBe(1);
	});

	it('changes the settings, and refuses an unknown organisation without changing anything', async () => {
		const created = await networks.createNetwork(input());
		if (!created.ok) throw new Error(created.message);
		const id = created.value.id;
		expect(await networks.updateNetwork(id, { ...input(), name: 'Nytt namn', beredningSize: 4 })).toEqual({
			ok: true,
			value: undefined
		});
		expect(await networks.getNetwork(id)).toMatchObject({ name: 'Nytt namn', beredningSize: 4 });
		const refused = await networks.updateNetwork(id, { ...input(), name: 'Annat', organisationId: 999_999 });
		expect(refused).toMatchObject({ ok: false, field: 'organisationId' });
		expect((await networks.getNetwork(id))?.name).toBe('Nytt namn');
	});
});

// ---------------------------------------------------------------------------------------------
// Members and substitutes

describe('members', () => {
	it('keeps people who left, with their dates, and lists them apart', async () => {
		const { network, other } = await createStaffedNetwork();
		expect(await networks.endMembership(network.id, other.membershipId, '2030-01-31')).toEqual({
			ok: true,
			value: undefined
		});
		const current = await networks.listCurrentMembers(network.id);
		const former = await networks.listFormerMembers(network.id);
		expect(current.map((m) => m.membershipId)).not.toContain(other.membershipId);
		expect(former).toEqual([
			expect.objectContaining({ membershipId: other.membershipId, leftOn: '2030-01-31' })
		]);
		expect(await networks.endMembership(network.id, other.membershipId, '2030-02-01')).toMatchObject({
			ok: false,
			status: 409
		});
	});

	it('refuses an end before the start, in Swedish, and changes nothing', async () => {
		const { network, other } = await createStaffedNetwork();
		expect(await networks.endMembership(network.id, other.membershipId, '2000-01-01')).toMatchObject({
			ok: false,
			field: 'leftOn',
			message: 'Slutdatumet kan inte vara före startdatumet.'
		});
		expect((await networks.getMembership(network.id, other.membershipId))?.leftOn).toBeNull();
	});

	it('takes a leaving member’s substitute along and off later beredningar', async () => {
		const { network, member, substitute } = await createStaffedNetwork();
		const before = await createMeeting(network.id, { date: '2030-01-15', beredning: [member.membershipId] });
		const after = await createMeeting(network.id, { date: '2030-03-15', beredning: [member.membershipId] });
		await networks.endMembership(network.id, member.membershipId, '2030-02-01');
		expect((await networks.getMembership(network.id, substitute.membershipId))?.leftOn).toBe('2030-02-01');
		const rows = await sql<{ meetingId: number }[]>`
			select meeting_id from meeting_beredning where membership_id = ${member.membershipId}`;
		expect(rows.map((r) => r.meetingId)).toEqual([before.id]);
		expect(after.id).not.toBe(before.id);
	});

	it('changes role, organisation and start date, but not a substitute’s role', async () => {
		const { network, other, substitute } = await createStaffedNetwork();
		const organisation = await createOrganisation({ name: 'Högskolan Väst (test)', kind: 'university' });
		expect(
			await networks.updateMembership(network.id, other.membershipId, {
				role: 'secretary',
				organisationId: organisation.id,
				joinedOn: '2023-08-21'
			})
		).toEqual({ ok: true, value: undefined });
		expect(await networks.getMembership(network.id, other.membershipId)).toMatchObject({
			role: 'secretary',
			organisationName: 'Högskolan Väst (test)',
			joinedOn: '2023-08-21'
		});
		expect(
			await networks.updateMembership(network.id, substitute.membershipId, {
				role: 'member',
				organisationId: null,
				joinedOn: '2023-08-21'
			})
		).toMatchObject({ ok: false, field: 'role' });
	});

	it('does not let one network change another network’s membership', async () => {
		const first = await createStaffedNetwork();
		const second = await createStaffedNetwork();
		expect(
			await networks.endMembership(second.network.id, first.other.membershipId, '2030-01-01')
		).toMatchObject({
			ok: false,
			status: 404
		});
	});
});

describe('standing substitutes', () => {
	const ORIGIN = 'http://localhost:3000';

	async function name(
		networkId: number,
		memberMembershipId: number,
		person: { email: string; name: string },
		organisationId: number | null = null
	) {
		let result: networks.Outcome | null = null;
		const inviter = await signedInUser();
		try {
			await users.inviteUser({ ...person, context: 'Testnätverket' }, inviter, ORIGIN, async (tx, userId) => {
				result = await networks.nameSubstitute(tx, {
					networkId,
					memberMembershipId,
					userId,
					organisationId,
					today: '2030-01-10'
				});
				if (!result.ok) throw new Error('refused');
			});
		} catch (error) {
			if (!(error instanceof Error && error.message === 'refused')) throw error;
		}
		return result!;
	}

	it('lets a member name a substitute from the same organisation, who then sees the network', async () => {
		const { network, organisation, other } = await createStaffedNetwork();
		const outcome = await name(
			network.id,
			other.membershipId,
			{ email: 'ny.ersattare@kommun.example', name: 'Ny Ersättare' },
			organisation.id
		);
		expect(outcome).toEqual({ ok: true, value: undefined });
		const member = await networks.getMembership(network.id, other.membershipId);
		expect(member?.substituteName).toBe('Ny Ersättare');
		const substitute = await users.findUserByEmail('ny.ersattare@kommun.example');
		expect(await networks.roleInNetwork(network.id, substitute!.id)).toBe('substitute');
		const net = await networks.getNetwork(network.id);
		const access = await networks.networkAccess(net!, { ...substitute!, isAdmin: false });
		expect(access).toMatchObject({ canView: true, canSeeInternal: true, canManage: false });
	});

	it('replaces the earlier substitute and keeps them in the history', async () => {
		const { network, member, substitute } = await createStaffedNetwork();
		expect(
			await name(network.id, member.membershipId, {
				email: 'ersattare.tva@kommun.example',
				name: 'Ersättare Två'
			})
		).toEqual({ ok: true, value: undefined });
		expect((await networks.getMembership(network.id, substitute.membershipId))?.leftOn).toBe('2030-01-10');
		expect((await networks.getMembership(network.id, member.membershipId))?.substituteName).toBe(
			'Ersättare Två'
		);
	});

	it('refuses someone already in the network, or the member themself, and leaves no account behind', async () => {
		const { network, member, other } = await createStaffedNetwork();
		const taken = await name(network.id, member.membershipId, { email: other.user.email, name: 'Annan' });
		expect(taken).toMatchObject({ ok: false, field: 'email', message: expect.stringContaining('redan med') });
		const self = await name(network.id, member.membershipId, { email: member.user.email, name: 'Jag' });
		expect(self).toMatchObject({ ok: false, message: expect.stringContaining('din egen ersättare') });
	});

	it('keeps one current substitute per member when two are named at the same time', async () => {
		const { network, other } = await createStaffedNetwork();
		await Promise.all([
			name(network.id, other.membershipId, { email: 'samtidig.a@kommun.example', name: 'A' }),
			name(network.id, other.membershipId, { email: 'samtidig.b@kommun.example', name: 'B' })
		]);
		const [{ count }] = await sql<{ count: number }[]>`
			select count(*) from network_memberships where substitute_for = ${other.membershipId} and left_on is null`;
		expect(count).toBe(1);
	});

	it('refuses a substitute for a member of another network at the database', async () => {
		const first = await createStaffedNetwork();
		const second = await createStaffedNetwork();
		await expect(
			addPerson(second.network.id, 'substitute', { substituteFor: first.other.membershipId })
		).rejects.toThrow(/network_memberships_substitute_same_network/);
	});
});

// ---------------------------------------------------------------------------------------------
// Organisations

describe('organisation register and venues', () => {
	it('adds an organisation once, whatever the case of its name', async () => {
		expect(
			await organisations.createOrganisation({
				name: 'Tanums kommun',
				shortName: 'Tanum',
				kind: 'municipality'
			})
		).toMatchObject({ ok: true });
		expect(
			await organisations.createOrganisation({ name: 'TANUMS KOMMUN', shortName: null, kind: 'municipality' })
		).toMatchObject({
			ok: false,
			status: 409,
			field: 'name'
		});
	});

	it('sets the venue of an organisation represented in the network, and of no other', async () => {
		const { network, organisation } = await createStaffedNetwork();
		const elsewhere = await createOrganisation();
		expect(
			await organisations.setMeetingVenue(network.id, organisation.id, {
				venue: 'Stadshuset, sal 1',
				address: 'Storgatan 1'
			})
		).toEqual({ ok: true, value: undefined });
		const listed = await organisations.listNetworkOrganisations(network.id);
		expect(listed).toEqual([
			expect.objectContaining({ id: organisation.id, meetingVenue: 'Stadshuset, sal 1', memberCount: 5 })
		]);
		expect(
			await organisations.setMeetingVenue(network.id, elsewhere.id, { venue: 'X', address: null })
		).toMatchObject({
			ok: false,
			status: 404
		});
	});
});
