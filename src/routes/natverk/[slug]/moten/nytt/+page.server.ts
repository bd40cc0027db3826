import { redirect } from '@sveltejs/kit';
import { meetingSchema } from '#lib/schemas/meetings.ts';
import { failure, parseForm } from '#lib/server/platform/forms.ts';
import * as meetings from '#lib/server/networks/meetings.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { guardNetwork } from '#lib/server/networks/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { network } = await guardNetwork(event, 'manage');
	const [members, organisations] = await Promise.all([
		networks.listCurrentMembers(network.id),
		networks.listOrganisations()
	]);
	return {
		network,
		members: members.filter((member) => member.role !== 'substitute'),
		organisations,
		defaults: {
			date: '',
			start: network.defaultStart,
			end: network.defaultEnd,
			format: 'digital',
			onlineUrl: network.defaultOnlineUrl ?? '',
			venue: network.defaultVenue ?? ''
		} as Record<string, string>
	};
};

export const actions: Actions = {
	/** One meeting outside term planning; it gets the next number and the standing items. */
	default: async (event) => {
		const { network } = await guardNetwork(event, 'manage');
		const parsed = await parseForm(event.request, meetingSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await meetings.createMeeting(network.id, parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		redirect(303, `/natverk/${network.slug}/moten/${outcome.value.number}`);
	}
};
