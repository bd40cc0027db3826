import { readFileSync } from 'node:fs';
import type { RequestHandler } from './$types';

/**
 * The benchmark's yardstick: the smallest SvelteKit endpoint returning the same bytes as a feed,
 * read once from BENCH_RAW_FILE. Without that variable (always, outside `npm run bench`) it is 404.
 */
let bytes: string | null = null;

export const GET: RequestHandler = () => {
	const file = process.env.BENCH_RAW_FILE;
	if (!file) return new Response('Not found', { status: 404 });
	bytes ??= readFileSync(file, 'utf8');
	return new Response(bytes, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
