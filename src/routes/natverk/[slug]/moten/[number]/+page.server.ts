import { error, fail } from '@sveltejs/kit';
import * as notices from '#lib/server/networks/notices.ts';
import { publicOrigin } from '#lib/server/platform/request.ts';
import { m } from '#lib/paraglide/messages.js';
import { actionItemSchema } from '#lib/schemas/networks.ts';
import * as actionItems from '#lib/server/networks/action-items.ts';
import * as agenda from '#lib/server/networks/agenda.ts';
import { failure, parseForm } from '#lib/server/platform/forms.ts';
import * as meetings from '#lib/server/networks/meetings.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { guardMeeting, idParam } from '#lib/server/networks/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const context = await guardMeeting(event, 'view');
	const { network, meeting, access } = context;
	const inside = access.canSeeInternal;
	const [fullAgenda, beredning, openActions, decided, overlaps, members] = await Promise.all([
		agenda.getAgenda(meeting),
		inside ? meetings.listBeredning([meeting.id]) : Promise.resolve([]),
		inside ? actionItems.listOpenActionItems(network.id, meeting.startsAt) : Promise.resolve([]),
		inside ? actionItems.listMeetingActionItems(meeting.id) : Promise.resolve([]),
		access.canManage && meeting.status !== 'cancelled'
			? meetings.findOverlaps(network.id, meeting.startsAt, meeting.endsAt, meeting.id)
			: Promise.resolve([]),
		context.canEditAgenda ? networks.listCurrentMembers(network.id) : Promise.resolve([])
	]);
	// Guests' e-mail addresses are for the network's own people only.
	const items = inside
		? fullAgenda.items
		: fullAgenda.items.map((item) => ({
				...item,
				guests: item.guests.map((guest) => ({ ...guest, email: '' }))
			}));
	return {
		network,
		meeting: inside ? meeting : { ...meeting, onlineUrl: null },
		access,
		canEditAgenda: context.canEditAgenda,
		isBeredning: context.isBeredning,
		agenda: { ...fullAgenda, items },
		beredning,
		openActions,
		decided,
		overlaps,
		members: members.filter((member) => member.role !== 'substitute'),
		saved: event.url.searchParams.has('sparat'),
		notices: access.canManage ? await notices.listNotices(meeting.id) : [],
		icsUrl: `/kalender/mote/${meeting.id}.ics`
	};
};

export const actions: Actions = {
	/** Planned → confirmed, so members know the meeting will take place. */
	confirm: async (event) => {
		const { meeting } = await guardMeeting(event, 'manage');
		const outcome = await meetings.confirmMeeting(meeting.id);
		if (!outcome.ok) return failure(outcome);
		return { confirmed: true };
	},
	/** Undoes a cancellation; calendars get the meeting back as a new version. */
	reinstate: async (event) => {
		const { meeting, user } = await guardMeeting(event, 'manage');
		const outcome = await meetings.reinstateMeeting(meeting.id);
		if (!outcome.ok) return failure(outcome);
		await notices.notifyMeetingChanged(meeting.id, user, publicOrigin());
		return { reinstated: true };
	},
	/** "Skicka kallelse": the agenda and a calendar invitation to members, substitutes and guests. */
	kallelse: async (event) => {
		const { meeting, user } = await guardMeeting(event, 'manage');
		const formData = await event.request.formData();
		if (formData.get('confirm') !== 'on') return fail(400, { kallelseError: m.kallelse_confirm_required() });
		const result = await notices.sendMeetingInvitation(meeting.id, user!, publicOrigin());
		if (!result.ok) {
			const message = result.reason === 'cancelled' ? m.kallelse_cancelled() : m.kallelse_no_recipients();
			return fail(409, { kallelseError: message });
		}
		return { kallelseSent: result.recipients };
	},
	/** An action item (att göra) from this meeting, listed on later agendas until done. */
	addAction: async (event) => {
		const { meeting } = await guardMeeting(event, 'editAgenda');
		const parsed = await parseForm(event.request, actionItemSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await actionItems.addActionItem(meeting.id, parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		return { actionAdded: parsed.data.task };
	},
	actionDone: async (event) => {
		const { network, access } = await guardMeeting(event, 'viewInternal');
		const formData = await event.request.formData();
		const id = idParam(String(formData.get('id') ?? ''));
		const item = await actionItems.getActionItem(network.id, id);
		if (!item) error(404, m.error_not_found());
		if (!access.canManage && item.ownerMembershipId !== access.membershipId) error(403, m.error_forbidden());
		const outcome = await actionItems.setActionItemDone(network.id, id, formData.get('done') !== 'false');
		if (!outcome.ok) return failure(outcome);
		return { actionDone: item.task };
	}
};
