/**
 * HTTP for calendar feeds: text/calendar with ETag, Last-Modified, 304 on conditional requests and
 * Cache-Control by audience. Built feeds are cached by content version (a cheap query tells the
 * version), never by time, so a moved meeting is in the very next response.
 */
import { createHash } from 'node:crypto';

export interface BuiltFeed {
	version: string;
	body: string;
	etag: string;
	lastModified: Date;
}

export interface FeedVersion {
	version: string;
	lastModified: Date;
}

/**
 * Feeds drop cancelled events 60 days after the cancellation, so the same content makes another
 * feed on another day: the Stockholm date is part of the version.
 */
export function daily(current: FeedVersion | null, now = new Date()): FeedVersion | null {
	return current && { ...current, version: `${current.version}@${now.toISOString().slice(0, 10)}` };
}

export interface FeedSource {
	/** Identifies the feed in the cache, e.g. `network:12`. */
	key: string;
	/** The content version and its last change, or null when the feed does not exist (404). */
	version: () => Promise<FeedVersion | null>;
	build: (current: FeedVersion) => Promise<string>;
	filename: string;
	audience: 'public' | 'private';
}

/** A small LRU: Map keeps insertion order, so re-inserting on use moves an entry to the back. */
export class FeedCache {
	private entries = new Map<string, BuiltFeed>();
	private readonly capacity: number;
	constructor(capacity = 500) {
		this.capacity = capacity;
	}

	get(key: string): BuiltFeed | undefined {
		const entry = this.entries.get(key);
		if (entry) {
			this.entries.delete(key);
			this.entries.set(key, entry);
		}
		return entry;
	}

	set(key: string, entry: BuiltFeed): void {
		this.entries.delete(key);
		this.entries.set(key, entry);
		while (this.entries.size > this.capacity) {
			this.entries.delete(this.entries.keys().next().value!);
		}
	}
}

const cache = new FeedCache();

export function etagOf(body: string): string {
	return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

function headersFor(feed: BuiltFeed, source: Pick<FeedSource, 'filename' | 'audience'>): Headers {
	return new Headers({
		'content-type': 'text/calendar; charset=utf-8',
		etag: feed.etag,
		'last-modified': feed.lastModified.toUTCString(),
		// clients revalidate cheaply with If-None-Match; personal feeds must not sit in shared caches
		'cache-control': `${source.audience}, max-age=300, must-revalidate`,
		'content-disposition': `inline; filename="${source.filename}"`,
		'x-content-type-options': 'nosniff'
	});
}

/** Whether the client already has this version (RFC 9110: If-None-Match wins over If-Modified-Since). */
export function isNotModified(request: Request, feed: Pick<BuiltFeed, 'etag' | 'lastModified'>): boolean {
	const ifNoneMatch = request.headers.get('if-none-match');
	if (ifNoneMatch !== null) {
		return ifNoneMatch
			.split(',')
			.map((tag) => tag.trim().replace(/^W\//, ''))
			.some((tag) => tag === '*' || tag === feed.etag);
	}
	const since = Date.parse(request.headers.get('if-modified-since') ?? '');
	return !Number.isNaN(since) && Math.floor(feed.lastModified.getTime() / 1000) * 1000 <= since;
}

export async function feedResponse(
	request: Request,
	source: FeedSource,
	store: FeedCache = cache
): Promise<Response> {
	const current = await source.version();
	if (!current)
		return new Response('Kalendern finns inte.', {
			status: 404,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	let feed = store.get(source.key);
	let timing = 'cache;desc=hit';
	if (!feed || feed.version !== current.version) {
		const started = performance.now();
		const body = await source.build(current);
		feed = { version: current.version, body, etag: etagOf(body), lastModified: current.lastModified };
		store.set(source.key, feed);
		timing = `build;dur=${(performance.now() - started).toFixed(1)}`;
	}
	const headers = headersFor(feed, source);
	// what a cache miss costs is visible to operators and to the benchmark
	headers.set('server-timing', timing);
	if (isNotModified(request, feed)) return new Response(null, { status: 304, headers });
	return new Response(feed.body, { status: 200, headers });
}
