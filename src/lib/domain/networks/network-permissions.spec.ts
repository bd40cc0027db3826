import { describe, expect, it } from 'vitest';
import { ANONYMOUS, decide, type Actor, type NetworkAction } from './network-permissions.ts';

const actor = (overrides: Partial<Actor>): Actor => ({ ...ANONYMOUS, signedIn: true, ...overrides });

const ACTORS: Record<string, Actor> = {
	admin: actor({ isAdmin: true }),
	chair: actor({ role: 'chair' }),
	secretary: actor({ role: 'secretary' }),
	member: actor({ role: 'member' }),
	substitute: actor({ role: 'substitute' }),
	beredning: actor({ role: 'member', isBeredning: true }),
	outsider: actor({}),
	anonymous: ANONYMOUS
};

type Row = [NetworkAction, Record<keyof typeof ACTORS, string>];
const a = 'allow';
const n = 'not_found';
const f = 'forbidden';
const s = 'sign_in';

// private network: outsiders get 404 for everything
const PRIVATE: Row[] = [
	[
		'view',
		{ admin: a, chair: a, secretary: a, member: a, substitute: a, beredning: a, outsider: n, anonymous: n }
	],
	[
		'viewInternal',
		{ admin: a, chair: a, secretary: a, member: a, substitute: a, beredning: a, outsider: n, anonymous: n }
	],
	[
		'manage',
		{ admin: a, chair: a, secretary: a, member: f, substitute: f, beredning: f, outsider: n, anonymous: n }
	],
	[
		'editAgenda',
		{ admin: a, chair: a, secretary: a, member: f, substitute: f, beredning: a, outsider: n, anonymous: n }
	],
	[
		'nameOwnSubstitute',
		{ admin: f, chair: a, secretary: a, member: a, substitute: f, beredning: a, outsider: n, anonymous: n }
	]
];
// public network: outsiders see dates and agendas, and are asked to sign in or refused for the rest
const PUBLIC: Row[] = [
	[
		'view',
		{ admin: a, chair: a, secretary: a, member: a, substitute: a, beredning: a, outsider: a, anonymous: a }
	],
	[
		'viewInternal',
		{ admin: a, chair: a, secretary: a, member: a, substitute: a, beredning: a, outsider: f, anonymous: s }
	],
	[
		'manage',
		{ admin: a, chair: a, secretary: a, member: f, substitute: f, beredning: f, outsider: f, anonymous: s }
	],
	[
		'editAgenda',
		{ admin: a, chair: a, secretary: a, member: f, substitute: f, beredning: a, outsider: f, anonymous: s }
	]
];

describe('network permissions', () => {
	for (const [label, rows, isPublic] of [
		['private', PRIVATE, false],
		['public', PUBLIC, true]
	] as const) {
		for (const [action, expected] of rows) {
			it(`${label} network: ${action}`, () => {
				const actual = Object.fromEntries(
					Object.entries(ACTORS).map(([name, who]) => [name, decide(action, who, isPublic)])
				);
				expect(actual).toEqual(expected);
			});
		}
	}

	it('lets only administrators create networks', () => {
		expect(decide('createNetwork', ACTORS.admin!, false)).toBe('allow');
		expect(decide('createNetwork', ACTORS.chair!, false)).toBe('forbidden');
	});

	it('does not let someone on a beredning edit without being a member any more', () => {
		expect(decide('editAgenda', actor({ isBeredning: true }), true)).toBe('forbidden');
	});
});
