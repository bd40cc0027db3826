import { moveSchema, reorderSchema, standingItemSchema } from '#lib/schemas/agenda.ts';
import * as agenda from '#lib/server/networks/agenda.ts';
import { failure, parseForm } from '#lib/server/platform/forms.ts';
import { guardNetwork } from '#lib/server/networks/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** Standing items (stående punkter) are copied onto every new agenda of the network. */
export const load: PageServerLoad = async (event) => {
	const { network } = await guardNetwork(event, 'manage');
	return { network, items: await agenda.listStandingItems(network.id) };
};

export const actions: Actions = {
	add: async (event) => {
		const { network } = await guardNetwork(event, 'manage');
		const parsed = await parseForm(event.request, standingItemSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await agenda.addStandingItem(network.id, parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		return { added: { id: outcome.value.id, title: parsed.data.title } };
	},
	move: async (event) => {
		const { network } = await guardNetwork(event, 'manage');
		const parsed = await parseForm(event.request, moveSchema);
		if (!parsed.ok) return parsed.failure;
		const item = await agenda.getStandingItem(network.id, parsed.data.id);
		const outcome = await agenda.moveStandingItem(network.id, parsed.data.id, parsed.data.direction);
		if (!outcome.ok) return failure(outcome);
		return { moved: { id: parsed.data.id, title: item?.title ?? '', ...outcome.value } };
	},
	reorder: async (event) => {
		const { network } = await guardNetwork(event, 'manage');
		const parsed = await parseForm(event.request, reorderSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await agenda.reorderStandingItems(network.id, parsed.data.order);
		if (!outcome.ok) return failure(outcome);
		return { reordered: true };
	}
};
