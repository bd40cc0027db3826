import * as conferences from '#lib/server/conferences/conferences.ts';
import type { PageServerLoad } from './$types';

/** Published editions for everyone; drafts for their working group, office and administrators. */
export const load: PageServerLoad = async ({ locals }) => {
	const [published, mine, all] = await Promise.all([
		conferences.listPublishedConferences(),
		locals.user ? conferences.listMyConferences(locals.user.id) : Promise.resolve([]),
		locals.user?.isAdmin ? conferences.listAllConferences() : Promise.resolve([])
	]);
	const roles = new Map(mine.map((c) => [c.id, c.role]));
	const drafts = [...mine, ...all.filter((c) => !roles.has(c.id))]
		.filter((c) => c.status === 'draft')
		.map((c) => ({ ...c, role: roles.get(c.id) ?? null }));
	return { conferences: published, mine, drafts };
};
