import { describe, expect, it } from 'vitest';
import { FeedCache, etagOf, feedResponse, isNotModified, type FeedSource } from './http.ts';

const lastModified = new Date('2026-11-20T10:15:30Z');

function source(overrides: Partial<FeedSource> = {}): FeedSource & { builds: number } {
	const s = {
		builds: 0,
		key: 'network:1',
		version: async () => ({ version: 'v1', lastModified }),
		build: async (_current: { version: string; lastModified: Date }) => {
			s.builds++;
			return 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
		},
		filename: 'natverk.ics',
		audience: 'public' as const,
		...overrides
	};
	return s;
}

describe('feedResponse', () => {
	it('answers text/calendar with validators and caching headers', async () => {
		const response = await feedResponse(new Request('http://x/feed.ics'), source(), new FeedCache());
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(response.headers.get('etag')).toBe(etagOf('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'));
		expect(response.headers.get('last-modified')).toBe('Fri, 20 Nov 2026 10:15:30 GMT');
		expect(response.headers.get('cache-control')).toContain('public');
		expect(response.headers.get('content-disposition')).toContain('natverk.ics');
	});

	it('answers 304 to a matching If-None-Match or a recent enough If-Modified-Since', async () => {
		const store = new FeedCache();
		const first = await feedResponse(new Request('http://x/feed.ics'), source(), store);
		const etag = first.headers.get('etag')!;
		const again = await feedResponse(
			new Request('http://x/feed.ics', { headers: { 'if-none-match': `W/${etag}` } }),
			source(),
			store
		);
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		const since = await feedResponse(
			new Request('http://x/feed.ics', { headers: { 'if-modified-since': lastModified.toUTCString() } }),
			source(),
			store
		);
		expect(since.status).toBe(304);
	});

	it('builds once per content version and again when the version changes', async () => {
		const store = new FeedCache();
		const s = source();
		await feedResponse(new Request('http://x'), s, store);
		await feedResponse(new Request('http://x'), s, store);
		expect(s.builds).toBe(1);
		s.version = async () => ({ version: 'v2', lastModified: new Date() });
		const changed = await feedResponse(
			new Request('http://x', { headers: { 'if-none-match': etagOf('old') } }),
			s,
			store
		);
		expect(s.builds).toBe(2);
		expect(changed.status).toBe(200);
	});

	it('answers 404 when the feed does not exist, and marks personal feeds private', async () => {
		expect(
			(await feedResponse(new Request('http://x'), source({ version: async () => null }), new FeedCache()))
				.status
		).toBe(404);
		const personal = await feedResponse(
			new Request('http://x'),
			source({ audience: 'private' }),
			new FeedCache()
		);
		expect(personal.headers.get('cache-control')).toMatch(/^private/);
	});
});

describe('isNotModified', () => {
	it('lets If-None-Match win over If-Modified-Since', () => {
		const request = new Request('http://x', {
			headers: { 'if-none-match': '"other"', 'if-modified-since': new Date('2030-01-01').toUTCString() }
		});
		expect(isNotModified(request, { etag: '"this"', lastModified })).toBe(false);
	});
});

describe('FeedCache', () => {
	it('forgets the least recently used entry first', () => {
		const store = new FeedCache(2);
		const entry = (v: string) => ({ version: v, body: v, etag: v, lastModified });
		store.set('a', entry('a'));
		store.set('b', entry('b'));
		store.get('a');
		store.set('c', entry('c'));
		expect(store.get('b')).toBeUndefined();
		expect(store.get('a')?.version).toBe('a');
	});
});
