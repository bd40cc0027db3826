import { agendaItemSchema, copyAgendaSchema, moveSchema, reorderSchema } from '#lib/schemas/agenda.ts';
import * as agenda from '#lib/server/networks/agenda.ts';
import { failure, parseForm } from '#lib/server/platform/forms.ts';
import * as meetings from '#lib/server/networks/meetings.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { guardMeeting } from '#lib/server/networks/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { network, meeting, access } = await guardMeeting(event, 'editAgenda');
	const [current, members, earlier, standing] = await Promise.all([
		agenda.getAgenda(meeting),
		networks.listCurrentMembers(network.id),
		meetings.listMeetingsWithAgenda(network.id, meeting.startsAt),
		agenda.listStandingItems(network.id)
	]);
	const present = new Set(current.items.map((item) => item.standingItemId));
	// ?sparat=<id>: the item's edit form was just saved (see [item]/+page.server.ts)
	const savedId = Number(event.url.searchParams.get('sparat'));
	const saved = current.items.find((item) => item.id === savedId);
	return {
		network,
		meeting,
		access,
		agenda: current,
		members,
		earlier,
		missingStanding: standing.filter((item) => !present.has(item.id)).length,
		savedTitle: saved?.title ?? null
	};
};

export const actions: Actions = {
	/** Adds an item at the end; numbers and times follow from the order. */
	add: async (event) => {
		const { meeting } = await guardMeeting(event, 'editAgenda');
		const parsed = await parseForm(event.request, agendaItemSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await agenda.addAgendaItem(meeting.id, parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		return { added: { id: outcome.value.id, title: parsed.data.title } };
	},
	/** One step up or down: the keyboard (and no-JavaScript) way to reorder. */
	move: async (event) => {
		const { meeting } = await guardMeeting(event, 'editAgenda');
		const parsed = await parseForm(event.request, moveSchema);
		if (!parsed.ok) return parsed.failure;
		const item = await agenda.getAgendaItem(meeting.id, parsed.data.id);
		const outcome = await agenda.moveAgendaItem(meeting.id, parsed.data.id, parsed.data.direction);
		if (!outcome.ok) return failure(outcome);
		return { moved: { id: parsed.data.id, title: item?.title ?? '', ...outcome.value } };
	},
	/** The whole order, as drag and drop sends it. */
	reorder: async (event) => {
		const { meeting } = await guardMeeting(event, 'editAgenda');
		const parsed = await parseForm(event.request, reorderSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await agenda.reorderAgenda(meeting.id, parsed.data.order);
		if (!outcome.ok) return failure(outcome);
		return { reordered: true };
	},
	/** Copies an earlier meeting's agenda, after the items there are or instead of them. */
	copy: async (event) => {
		const { meeting } = await guardMeeting(event, 'editAgenda');
		const parsed = await parseForm(event.request, copyAgendaSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await agenda.copyAgenda(parsed.data.from, meeting.id, parsed.data.mode);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		return { copied: outcome.value.copied };
	},
	/** Puts the network's standing items that the agenda lacks at its end. */
	standing: async (event) => {
		const { meeting } = await guardMeeting(event, 'editAgenda');
		const added = await agenda.addMissingStandingItems(meeting.id);
		return { standingAdded: added };
	}
};
