import * as conferences from '#lib/server/conferences.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	conferences: await conferences.listPublishedConferences(),
	mine: locals.user ? await conferences.listMyConferences(locals.user.id) : []
});
