import { requireAdmin } from '#lib/server/auth/guards.ts';
import type { LayoutServerLoad } from './$types';

// Each page and action below also calls requireAdmin: a layout guard alone does not protect actions.
export const load: LayoutServerLoad = (event) => {
	requireAdmin(event);
};
