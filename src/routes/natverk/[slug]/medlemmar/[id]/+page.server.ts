import type { Refusal } from '#lib/server/platform/result.ts';
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { endMembershipSchema, membershipSchema, substituteSchema } from '#lib/schemas/networks.ts';
import { failure, parseForm } from '#lib/server/platform/forms.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { guardMembership, guardNetwork, idParam, type GuardEvent } from '#lib/server/networks/guards.ts';
import { publicOrigin } from '#lib/server/platform/request.ts';
import * as users from '#lib/server/auth/users.ts';
import type { Actions, PageServerLoad } from './$types';

async function membershipContext(event: GuardEvent) {
	const id = idParam(event.params.id);
	const context = await guardMembership(event, id);
	const membership = await networks.getMembership(context.network.id, id);
	if (!membership) error(404, m.error_not_found());
	return { ...context, membership };
}

export const load: PageServerLoad = async (event) => {
	const { network, access, membership } = await membershipContext(event);
	return {
		network,
		membership,
		canManage: access.canManage,
		isOwn: access.membershipId === membership.membershipId,
		organisations: await networks.listOrganisations(),
		today: networks.stockholmToday()
	};
};

class Refused extends Error {
	readonly outcome: Refusal;
	constructor(outcome: Refusal) {
		super(outcome.message);
		this.outcome = outcome;
	}
}

export const actions: Actions = {
	update: async (event) => {
		const { network, membership } = await membershipContext(event);
		await guardNetwork(event, 'manage');
		const parsed = await parseForm(event.request, membershipSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await networks.updateMembership(network.id, membership.membershipId, parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		return { updated: true };
	},
	/** Ends the membership; the person stays in the history with their dates. */
	end: async (event) => {
		const { network, membership } = await membershipContext(event);
		await guardNetwork(event, 'manage');
		const parsed = await parseForm(event.request, endMembershipSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await networks.endMembership(network.id, membership.membershipId, parsed.data.leftOn);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		return { ended: true };
	},
	/**
	 * Names the member's standing substitute: an existing account is added, a new person gets an
	 * invitation. A refusal rolls the invitation back, so no account or e-mail is left behind.
	 */
	substitute: async (event) => {
		const { user, network, membership } = await membershipContext(event);
		const parsed = await parseForm(event.request, substituteSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			const result = await users.inviteUser(
				{ email: parsed.data.email, name: parsed.data.name, context: network.name },
				{ id: user!.id, name: user!.name },
				publicOrigin(),
				async (tx, userId) => {
					const outcome = await networks.nameSubstitute(tx, {
						networkId: network.id,
						memberMembershipId: membership.membershipId,
						userId,
						organisationId: parsed.data.organisationId,
						today: networks.stockholmToday()
					});
					if (!outcome.ok) throw new Refused(outcome);
				}
			);
			return { substituteNamed: parsed.data.name, newAccount: result.invited };
		} catch (caught) {
			if (caught instanceof Refused) return failure(caught.outcome, parsed.formData);
			throw caught;
		}
	},
	removeSubstitute: async (event) => {
		const { network, membership } = await membershipContext(event);
		await networks.removeSubstitute(network.id, membership.membershipId, networks.stockholmToday());
		return { substituteRemoved: true };
	}
};
