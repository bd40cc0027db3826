/**
 * Guards for loads and actions. Every protected load *and* action calls one: a layout guard alone
 * does not protect a form action.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import type { SessionUser } from './session.ts';

type Event = Pick<RequestEvent, 'locals' | 'url'>;

export function requireUser(event: Event): SessionUser {
	if (!event.locals.user) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/logga-in?next=${encodeURIComponent(next)}`);
	}
	return event.locals.user;
}

export function requireAdmin(event: Event): SessionUser {
	const user = requireUser(event);
	if (!user.isAdmin) error(403, m.error_forbidden());
	return user;
}

/**
 * Only same-site paths are followed after sign-in, so a link cannot send people elsewhere. A
 * browser drops tabs and newlines from a URL (so `/\t/evil.example` would become
 * `//evil.example`) and a header cannot carry them: any control character or backslash is refused.
 */
export function safeNext(next: string | null | undefined): string {
	if (!next || next.length > 2000 || !next.startsWith('/') || next.startsWith('//')) return '/';
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f-\u009f\\]/.test(next)) return '/';
	// a Location header is ASCII: 'å' or a space typed into the address is sent percent-encoded
	try {
		return next.replace(/[^\u0021-\u007e]+/gu, (run) => encodeURIComponent(run));
	} catch {
		return '/'; // a lone surrogate cannot be encoded
	}
}
