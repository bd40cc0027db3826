import { networkSettingsSchema } from '#lib/schemas/networks.ts';
import { failure, parseForm } from '#lib/server/platform/forms.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { guardNetwork } from '#lib/server/networks/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { network } = await guardNetwork(event, 'manage');
	return {
		network,
		organisations: await networks.listOrganisations(),
		values: {
			name: network.name,
			shortName: network.shortName,
			description: network.description,
			organisationId: network.organisationId ? String(network.organisationId) : '',
			isPublic: network.isPublic ? 'on' : '',
			defaultStart: network.defaultStart,
			defaultEnd: network.defaultEnd,
			defaultOnlineUrl: network.defaultOnlineUrl ?? '',
			defaultVenue: network.defaultVenue ?? '',
			beredningSize: String(network.beredningSize),
			includeChairInBeredning: network.includeChairInBeredning ? 'on' : ''
		} as Record<string, string>
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { network } = await guardNetwork(event, 'manage');
		const parsed = await parseForm(event.request, networkSettingsSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await networks.updateNetwork(network.id, parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		return { saved: true };
	}
};
