import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as conferences from '#lib/server/conferences.js';
import type { PageServerLoad } from './$types';

/** Drafts are visible only to their working group and administrators; others get 404. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const conference = await conferences.getConferenceBySlug(params.slug);
	if (!conference) error(404, m.error_not_found());
	const access = await conferences.conferenceAccess(conference, locals.user);
	if (!access.canView) error(404, m.error_not_found());
	return { conference, access };
};
