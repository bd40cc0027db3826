import { m } from '#lib/paraglide/messages.js';
import { networkInviteSchema } from '#lib/schemas/auth.ts';
import { formError, parseForm } from '#lib/server/platform/forms.ts';
import { publicOrigin } from '#lib/server/platform/request.ts';
import { guardNetwork } from '#lib/server/networks/guards.ts';
import * as networks from '#lib/server/networks/networks.ts';
import * as users from '#lib/server/auth/users.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function manageableNetwork(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const { user, network } = await guardNetwork(event, 'manage');
	return { user: user!, network };
}

export const load: PageServerLoad = async (event) => {
	const { network } = await manageableNetwork(event);
	return { network, organisations: await networks.listOrganisations() };
};

export const actions: Actions = {
	/** Invites a person to the network: a new account gets a link to choose a password. */
	default: async (event) => {
		const { user, network } = await manageableNetwork(event);
		const parsed = await parseForm(event.request, networkInviteSchema);
		if (!parsed.ok) return parsed.failure;
		const { email, name, role, organisationId } = parsed.data;
		// A substitute stands in for one member, so is named on that member's page.
		if (role === 'substitute') return formError(400, m.net_invite_substitute_elsewhere(), parsed.formData);
		const organisations = await networks.listOrganisations();
		if (organisationId !== null && !organisations.some((o) => o.id === organisationId)) {
			return formError(400, m.error_organisation_invalid(), parsed.formData);
		}
		const result = await users.inviteUser(
			{ email, name, context: network.name },
			{ id: user.id, name: user.name },
			publicOrigin(),
			(tx, userId) => networks.upsertMembership(tx, { networkId: network.id, userId, role, organisationId })
		);
		return { invited: true, email, newAccount: result.invited };
	}
};
