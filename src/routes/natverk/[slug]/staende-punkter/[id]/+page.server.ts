import { error, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { deleteItemSchema, standingItemSchema } from '#lib/schemas/agenda.ts';
import * as agenda from '#lib/server/networks/agenda.ts';
import { failure, parseForm } from '#lib/server/platform/forms.ts';
import { guardNetwork, idParam, type GuardEvent } from '#lib/server/networks/guards.ts';
import type { Actions, PageServerLoad } from './$types';

async function itemContext(event: GuardEvent) {
	const { network } = await guardNetwork(event, 'manage');
	const item = await agenda.getStandingItem(network.id, idParam(event.params.id));
	if (!item) error(404, m.agenda_error_item_gone());
	return { network, item };
}

export const load: PageServerLoad = async (event) => itemContext(event);

export const actions: Actions = {
	save: async (event) => {
		const { network, item } = await itemContext(event);
		const parsed = await parseForm(event.request, standingItemSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await agenda.updateStandingItem(network.id, item.id, parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		redirect(303, `/natverk/${network.slug}/staende-punkter#punkt-${item.id}`);
	},
	/** Agendas that already have the item keep their copy. */
	remove: async (event) => {
		const { network, item } = await itemContext(event);
		const parsed = await parseForm(event.request, deleteItemSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await agenda.deleteStandingItem(network.id, item.id);
		if (!outcome.ok) return failure(outcome);
		redirect(303, `/natverk/${network.slug}/staende-punkter`);
	}
};
