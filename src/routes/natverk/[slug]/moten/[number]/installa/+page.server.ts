import { redirect } from '@sveltejs/kit';
import * as notices from '#lib/server/networks/notices.ts';
import { publicOrigin } from '#lib/server/platform/request.ts';
import { cancelMeetingSchema } from '#lib/schemas/meetings.ts';
import { failure, parseForm } from '#lib/server/platform/forms.ts';
import * as meetings from '#lib/server/networks/meetings.ts';
import { guardMeeting } from '#lib/server/networks/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { network, meeting } = await guardMeeting(event, 'manage');
	return { network, meeting };
};

export const actions: Actions = {
	/** Cancels the meeting after an explicit confirmation; it stays visible as cancelled. */
	default: async (event) => {
		const { network, meeting, user } = await guardMeeting(event, 'manage');
		const parsed = await parseForm(event.request, cancelMeetingSchema);
		if (!parsed.ok) return parsed.failure;
		const outcome = await meetings.cancelMeeting(meeting.id, parsed.data.reason);
		if (!outcome.ok) return failure(outcome, parsed.formData);
		// everyone who got the kallelse gets a cancellation (METHOD:CANCEL)
		await notices.notifyMeetingChanged(meeting.id, user, publicOrigin());
		redirect(303, `/natverk/${network.slug}/moten/${meeting.number}`);
	}
};
