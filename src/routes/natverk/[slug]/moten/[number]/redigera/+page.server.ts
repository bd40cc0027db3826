import { redirect } from '@sveltejs/kit';
import * as notices from '#lib/server/networks/notices.ts';
import { publicOrigin } from '#lib/server/platform/request.ts';
import { meetingSchema } from '#lib/schemas/meetings.ts';
import { failure, parseForm } from '#lib/server/platform/forms.ts';
import * as meetings from '#lib/server/networks/meetings.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { guardMeeting } from '#lib/server/networks/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { network, meeting } = await guardMeeting(event, 'manage');
	const [members, organisations, beredning] = await Promise.all([
		networks.listCurrentMembers(network.id),
		networks.listOrganisations(),
		meetings.listBeredning([meeting.id])
	]);
	const values: Record<string, string> = {
		title: meeting.title,
		date: meeting.date,
		start: meeting.start,
		end: meeting.end,
		isFullDay: meeting.isFullDay ? 'on' : '',
		format: meeting.format,
		venue: meeting.venue ?? '',
		address: meeting.address ?? '',
		onlineUrl: meeting.onlineUrl ?? '',
		hostOrganisationId: meeting.hostOrganisationId ? String(meeting.hostOrganisationId) : ''
	};
	beredning.forEach((person, i) => (values[`beredning.${i}`] = String(person.membershipId)));
	return {
		network,
		meeting,
		values,
		members: members.filter((member) => member.role !== 'substitute'),
		organisations,
		beredningSlots: Math.max(network.beredningSize, beredning.length)
	};
};

export const actions: Actions = {
	/** Changes time, place or beredning; a new time or place raises the calendar sequence. */
	default: async (event) => {
		const { network, meeting, user } = await guardMeeting(event, 'manage');
		const parsed = await parseForm(event.request, meetingSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await meetings.updateMeeting(meeting.id, parsed.data);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		// a kallelse that has gone out is followed by an update when time or place changed
		await notices.notifyMeetingChanged(meeting.id, user, publicOrigin());
		redirect(303, `/natverk/${network.slug}/moten/${meeting.number}?sparat`);
	}
};
