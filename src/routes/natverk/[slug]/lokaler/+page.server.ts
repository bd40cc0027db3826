import { organisationSchema, venueSchema } from '#lib/schemas/networks.ts';
import { failure, parseForm } from '#lib/server/platform/forms.ts';
import { guardNetwork } from '#lib/server/networks/guards.ts';
import * as organisations from '#lib/server/networks/organisations.ts';
import type { Actions, PageServerLoad } from './$types';

/** The organisations represented in the network take turns hosting; their venues are proposed. */
export const load: PageServerLoad = async (event) => {
	const { network } = await guardNetwork(event, 'manage');
	return { network, organisations: await organisations.listNetworkOrganisations(network.id) };
};

export const actions: Actions = {
	venue: async (event) => {
		const { network } = await guardNetwork(event, 'manage');
		const parsed = await parseForm(event.request, venueSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await organisations.setMeetingVenue(network.id, parsed.data.organisationId, parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		return { venueSaved: parsed.data.organisationId };
	},
	/** Adds an organisation to the shared register, e.g. before inviting someone who represents it. */
	organisation: async (event) => {
		await guardNetwork(event, 'manage');
		const parsed = await parseForm(event.request, organisationSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await organisations.createOrganisation(parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		return { organisationAdded: parsed.data.name };
	}
};
