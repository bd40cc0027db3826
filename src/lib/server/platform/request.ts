/** Facts about the current request that the built server cannot take from event.url alone. */
import type { RequestEvent } from '@sveltejs/kit';
import { config } from './config.ts';
import { resolveOrigin } from './origin.ts';

/**
 * Whether the browser reached us over https. Behind a proxy PUBLIC_ORIGIN says so; otherwise the
 * Origin header of a form post carries the scheme the browser really used.
 */
export function isSecure(event: Pick<RequestEvent, 'request'>): boolean {
	if (config.publicOrigin) return config.publicOrigin.startsWith('https:');
	const origin = event.request.headers.get('origin');
	if (origin) return origin.startsWith('https:');
	return event.request.headers.get('x-forwarded-proto') === 'https';
}

/**
 * The app's own address for links in e-mails, feeds, exports and page data: PUBLIC_ORIGIN, or
 * http://localhost:$PORT in the quick start. Never taken from the request (Host, Origin,
 * X-Forwarded-*), so a forged header cannot redirect a link; see ./origin.ts.
 */
export function publicOrigin(): string {
	return resolveOrigin(config.publicOrigin);
}

/** An absolute link to one of the app's own pages: `absoluteUrl('/logga-in')`. */
export function absoluteUrl(path: string): string {
	if (!path.startsWith('/')) throw new Error(`absoluteUrl needs a path from the root, not ${path}`);
	return publicOrigin() + path;
}
