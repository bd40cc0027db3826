/** Page numbers from the query string; anything odd falls back to the first page. */
export function pageParam(url: URL, name = 'sida'): number {
	const page = Number(url.searchParams.get(name) ?? '1');
	return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}
