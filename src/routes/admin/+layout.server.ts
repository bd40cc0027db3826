import { requireAdmin } from '#lib/server/auth/guards.js';
import type { LayoutServerLoad } from './$types';

// Each page and action below also calls requireAdmin: a layout guard alone does not protect actions.
export const load: LayoutServerLoad = (event) => {
	requireAdmin(event);
};
