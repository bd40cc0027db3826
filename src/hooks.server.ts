import { error } from '@sveltejs/kit';
import { sequence, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { m } from '#lib/paraglide/messages.js';
import { config } from '#lib/server/platform/config.ts';
import { startApp } from '#lib/server/platform/startup.ts';
import { isCrossSiteFormSubmission } from '#lib/server/security/csrf.ts';
import { isSecure } from '#lib/server/platform/request.ts';
import {
	SESSION_COOKIE,
	deleteSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '#lib/server/auth/session.ts';

export const init: ServerInit = async () => {
	const database = await startApp({ ...config, log: (message) => console.log(message) });
	process.once('sveltekit:shutdown', () => void database.close());
};

const security: Handle = async ({ event, resolve }) => {
	if (isCrossSiteFormSubmission(event.request, event.url.host)) {
		error(403, m.error_cross_site());
	}
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	return response;
};

const i18n: Handle = ({ event, resolve }) =>
	// The locale comes from a cookie, so the request itself needs no rewriting.
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) })
	);

const auth: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const { session, user } = await validateSessionToken(token);
		if (session) {
			setSessionCookie(event.cookies, token, session.expiresAt, isSecure(event));
			event.locals.user = user;
			event.locals.session = session;
		} else {
			deleteSessionCookie(event.cookies, isSecure(event));
		}
	}
	return resolve(event);
};

export const handle = sequence(security, i18n, auth);

/** Errors we raised keep their Swedish message; anything else is logged and never shown raw. */
export const handleError: HandleServerError = (caught) => {
	if (caught.kind === 'app') return;
	if (caught.kind === 'framework' || caught.kind === 'validation') {
		const { status } = caught.error;
		return {
			status,
			message:
				status === 404 ? m.error_not_found() : status === 403 ? m.error_forbidden() : m.error_unexpected()
		};
	}
	const id = crypto.randomUUID();
	console.error(`Fel ${id}:`, caught.error);
	return { message: m.error_unexpected(), id };
};
