/**
 * "Mitt program" without an account: the marked sessions' GUIDs in localStorage, one list per
 * edition, kept in step across tabs. Signed-in participants keep theirs in the account instead
 * (programme_bookmarks); what was marked here is moved there when they sign in.
 */
import { browser } from '$app/env';

const PREFIX = 'samverka:mitt-program:';
const GUID = /^[0-9a-f-]{36}$/i;

function read(slug: string): string[] {
	if (!browser) return [];
	try {
		const value: unknown = JSON.parse(localStorage.getItem(PREFIX + slug) ?? '[]');
		return Array.isArray(value)
			? value.filter((v): v is string => typeof v === 'string' && GUID.test(v))
			: [];
	} catch {
		return [];
	}
}

function write(slug: string, guids: string[]): void {
	try {
		if (guids.length === 0) localStorage.removeItem(PREFIX + slug);
		else localStorage.setItem(PREFIX + slug, JSON.stringify(guids));
	} catch {
		// Private browsing or a full storage: the marks last until the page is left.
	}
}

interface Store {
	guids: string[];
}

// A cache of one store per edition; the stores themselves are the reactive part.
const stores: Record<string, Store> = {};

export function localProgramme(slug: string) {
	let store = stores[slug];
	if (!store) {
		const created: Store = $state({ guids: read(slug) });
		store = created;
		stores[slug] = created;
		if (browser) {
			addEventListener('storage', (event) => {
				if (event.key === PREFIX + slug) created.guids = read(slug);
			});
		}
	}
	const current = store;
	return {
		get guids() {
			return current.guids;
		},
		has(guid: string) {
			return current.guids.includes(guid.toLowerCase());
		},
		toggle(guid: string) {
			const id = guid.toLowerCase();
			current.guids = current.guids.includes(id)
				? current.guids.filter((g) => g !== id)
				: [...current.guids, id];
			write(slug, current.guids);
		},
		clear() {
			current.guids = [];
			write(slug, []);
		}
	};
}
