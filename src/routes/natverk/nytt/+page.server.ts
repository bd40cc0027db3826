import { redirect } from '@sveltejs/kit';
import { newNetworkSchema } from '#lib/schemas/networks.ts';
import { failure, parseForm } from '#lib/server/platform/forms.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { guardNewNetwork } from '#lib/server/networks/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await guardNewNetwork(event);
	return { organisations: await networks.listOrganisations() };
};

export const actions: Actions = {
	/** A site administrator creates the network, then invites its chair. */
	default: async (event) => {
		await guardNewNetwork(event);
		const parsed = await parseForm(event.request, newNetworkSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await networks.createNetwork(parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		redirect(303, `/natverk/${outcome.value.slug}/bjud-in`);
	}
};
