import { error, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { agendaItemSchema, deleteItemSchema, guestSchema } from '#lib/schemas/agenda.ts';
import * as agenda from '#lib/server/networks/agenda.ts';
import { failure, parseForm } from '#lib/server/platform/forms.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { guardMeeting, idParam, type GuardEvent } from '#lib/server/networks/guards.ts';
import type { Actions, PageServerLoad } from './$types';

async function itemContext(event: GuardEvent) {
	const context = await guardMeeting(event, 'editAgenda');
	const item = await agenda.getAgendaItem(context.meeting.id, idParam(event.params.item));
	if (!item) error(404, m.agenda_error_item_gone());
	return { ...context, item };
}

export const load: PageServerLoad = async (event) => {
	const { network, meeting, item } = await itemContext(event);
	const [members, responsibles, guests] = await Promise.all([
		networks.listCurrentMembers(network.id),
		agenda.getResponsibles(item.id),
		agenda.listGuests(meeting.id)
	]);
	return {
		network,
		meeting,
		item,
		members,
		responsibles,
		guests: guests.filter((guest) => guest.agendaItemId === item.id)
	};
};

/** The agenda editor; after a save it says which item was saved and scrolls to it. */
const agendaPage = (slug: string, number: number, savedItemId?: number) =>
	`/natverk/${slug}/moten/${number}/dagordning${savedItemId ? `?sparat=${savedItemId}#punkt-${savedItemId}` : ''}`;

export const actions: Actions = {
	save: async (event) => {
		const { network, meeting, item } = await itemContext(event);
		const parsed = await parseForm(event.request, agendaItemSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await agenda.updateAgendaItem(meeting.id, item.id, parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		redirect(303, agendaPage(network.slug, meeting.number, item.id));
	},
	/** Removing an item needs the confirmation box ticked. */
	remove: async (event) => {
		const { network, meeting, item } = await itemContext(event);
		const parsed = await parseForm(event.request, deleteItemSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await agenda.deleteAgendaItem(meeting.id, item.id);
		if (!outcome.ok) return failure(outcome);
		redirect(303, agendaPage(network.slug, meeting.number));
	},
	/** A guest invited for this item only ("deltagandepunkt", docs/domain.md). */
	addGuest: async (event) => {
		const { meeting, item } = await itemContext(event);
		const parsed = await parseForm(event.request, guestSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await agenda.addGuest(meeting.id, item.id, parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		return { guestAdded: parsed.data.name };
	},
	removeGuest: async (event) => {
		const { meeting } = await itemContext(event);
		const formData = await event.request.formData();
		const outcome = await agenda.removeGuest(meeting.id, idParam(String(formData.get('id') ?? '')));
		if (!outcome.ok) return failure(outcome);
		return { guestRemoved: true };
	}
};
