import { describe, expect, it } from 'vitest';
import { sql } from '../../src/lib/server/platform/db.ts';
import {
	SESSION_LIFETIME,
	createSession,
	generateToken,
	invalidateSession,
	validateSessionToken
} from '../../src/lib/server/auth/session.ts';
import { createUser } from './factories.ts';

describe('sessions', () => {
	it('extend when used in the second half of their life', async () => {
		const user = await createUser();
		const token = generateToken();
		const session = await createSession(token, user.id);
		const soon = new Date(Date.now() + SESSION_LIFETIME / 4);
		await sql`update sessions set expires_at = ${soon} where id = ${session.id}`;
		const validated = await validateSessionToken(token);
		expect(validated.session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_LIFETIME - 60_000);
	});

	it('are gone once expired', async () => {
		const user = await createUser();
		const token = generateToken();
		const session = await createSession(token, user.id);
		await sql`update sessions set expires_at = now() - interval '1 second' where id = ${session.id}`;
		expect((await validateSessionToken(token)).user).toBeNull();
		expect(await sql`select 1 from sessions where id = ${session.id}`).toHaveLength(0);
	});

	it('end on sign-out, and an unknown token signs nobody in', async () => {
		const user = await createUser();
		const token = generateToken();
		const session = await createSession(token, user.id);
		await invalidateSession(session.id);
		expect((await validateSessionToken(token)).session).toBeNull();
		expect((await validateSessionToken(generateToken())).session).toBeNull();
	});
});
