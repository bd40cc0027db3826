import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie, invalidateSession } from '#lib/server/auth/session.js';
import { isSecure } from '#lib/server/request.js';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	if (event.locals.session) await invalidateSession(event.locals.session.id);
	deleteSessionCookie(event.cookies, isSecure(event));
	redirect(303, '/?utloggad=1');
};
