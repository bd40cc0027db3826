/** Facts about the current request that the built server cannot take from event.url alone. */
import type { RequestEvent } from '@sveltejs/kit';
import { config } from './config.ts';

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

/** The address used in links sent by e-mail. */
export function publicOrigin(event: Pick<RequestEvent, 'request' | 'url'>): string {
	if (config.publicOrigin) return config.publicOrigin;
	const origin = event.request.headers.get('origin');
	if (origin && new URL(origin).host === event.url.host) return origin;
	return `http://${event.url.host}`;
}
