import { describe, expect, it } from 'vitest';
import { sql } from '../../src/lib/server/platform/db.ts';
import { validateSessionToken } from '../../src/lib/server/auth/session.ts';
import {
	MAX_FAILURES_PER_ACCOUNT,
	MAX_FAILURES_PER_DEVICE,
	MAX_FAILURES_PER_IP,
	MAX_FAILURES_PER_PAIR
} from '../../src/lib/domain/platform/throttle.ts';
import * as users from '../../src/lib/server/auth/users.ts';
import { PASSWORD, createUser, linkIn, outboxFor } from './factories.ts';

const ORIGIN = 'http://localhost:3000';
const tokenOf = (link: string) => link.split('/').pop()!;

describe('signIn', () => {
	it('creates a session whose token is valid and stores only its hash', async () => {
		const user = await createUser();
		const result = await users.signIn(user.email.toUpperCase(), PASSWORD, '10.0.0.1');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const validated = await validateSessionToken(result.token);
		expect(validated.user?.id).toBe(user.id);
		const [{ count }] = await sql<
			{ count: number }[]
		>`select count(*) from sessions where id = ${result.token}`;
		expect(count).toBe(0);
	});

	it('refuses a wrong password and an unknown account alike', async () => {
		const user = await createUser();
		expect(await users.signIn(user.email, 'fel lösenord!', '10.0.0.2')).toEqual({
			ok: false,
			reason: 'invalid'
		});
		expect(await users.signIn('ingen@samverka.example', PASSWORD, '10.0.0.2')).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});

	it('refuses an invited person who has not chosen a password yet', async () => {
		const user = await createUser({ withPassword: false });
		expect(await users.signIn(user.email, '', '10.0.0.3')).toEqual({ ok: false, reason: 'invalid' });
	});

	it('throttles an account after repeated failures, even with the right password', async () => {
		const user = await createUser();
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
			expect((await users.signIn(user.email, `gissning ${i}`, `10.1.0.${i}`)).ok).toBe(false);
		}
		const result = await users.signIn(user.email, PASSWORD, '10.1.0.99');
		expect(result).toMatchObject({ ok: false, reason: 'throttled' });
		if (!result.ok && result.reason === 'throttled') {
			expect(result.retryAt.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
		}
	});

	it('throttles an address that tries many accounts', async () => {
		const ip = '10.2.0.1';
		for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await users.signIn(`okand-${i}@samverka.example`, 'x', ip);
		const user = await createUser();
		expect(await users.signIn(user.email, PASSWORD, ip)).toMatchObject({ ok: false, reason: 'throttled' });
		expect((await users.signIn(user.email, PASSWORD, '10.2.0.2')).ok).toBe(true);
	});

	it('counts parallel attempts: of 19 guesses sent at once from different addresses only the limit is checked', async () => {
		const user = await createUser();
		const results = await Promise.all(
			Array.from({ length: 19 }, (_, i) => users.signIn(user.email, `fel ${i}`, `10.3.0.${i + 1}`))
		);
		const checked = results.filter((r) => !r.ok && r.reason === 'invalid').length;
		expect(checked).toBe(MAX_FAILURES_PER_ACCOUNT);
		expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(
			19 - MAX_FAILURES_PER_ACCOUNT
		);
	});

	it('counts parallel attempts from one address against the pair limit', async () => {
		const user = await createUser();
		const results = await Promise.all(
			Array.from({ length: 12 }, (_, i) => users.signIn(user.email, `fel ${i}`, '10.3.1.1'))
		);
		expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(MAX_FAILURES_PER_PAIR);
	});

	it('keeps the owner in: a browser that signed in before has its own allowance, untouched by strangers', async () => {
		const user = await createUser();
		const first = await users.signIn(user.email, PASSWORD, '10.4.0.1');
		if (!first.ok) throw new Error('the first sign-in should succeed');
		// a stranger uses up the account's shared allowance from many addresses
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT + 2; i++)
			await users.signIn(user.email, `gissning ${i}`, `10.4.1.${i}`);
		expect(await users.signIn(user.email, PASSWORD, '10.4.2.1')).toMatchObject({ reason: 'throttled' });
		// the owner's browser, with its device cookie, still gets in, from any address
		expect((await users.signIn(user.email, PASSWORD, '10.4.3.1', first.deviceToken)).ok).toBe(true);
	});

	it('limits a device cookie of its own, and accepts it only for its account', async () => {
		const user = await createUser();
		const other = await createUser();
		const first = await users.signIn(user.email, PASSWORD, '10.5.0.1');
		if (!first.ok) throw new Error('the first sign-in should succeed');
		for (let i = 0; i < MAX_FAILURES_PER_DEVICE; i++) {
			expect(await users.signIn(user.email, `fel ${i}`, '10.5.0.1', first.deviceToken)).toMatchObject({
				reason: 'invalid'
			});
		}
		expect(await users.signIn(user.email, PASSWORD, '10.5.0.1', first.deviceToken)).toMatchObject({
			reason: 'throttled'
		});
		// for another account the cookie is no device cookie: the untrusted allowances apply
		expect((await users.signIn(other.email, PASSWORD, '10.5.0.2', first.deviceToken)).ok).toBe(true);
	});
});

describe('invitations', () => {
	it('creates an account without password and mails a single-use link', async () => {
		const admin = await createUser({ isAdmin: true, name: 'Ada Admin' });
		const result = await users.inviteUser(
			{ email: 'Ny.Person@Samverka.example', name: 'Ny Person' },
			admin,
			ORIGIN
		);
		expect(result.invited).toBe(true);
		const [mail] = await outboxFor('ny.person@samverka.example');
		expect(mail.subject).toBe('Inbjudan till Samverka');
		expect(mail.textBody).toContain('Ada Admin har bjudit in dig');
		const link = linkIn(mail.textBody);
		expect(link.startsWith(`${ORIGIN}/inbjudan/`)).toBe(true);

		const accepted = await users.acceptInvitation(tokenOf(link), 'Ny Person', 'mitt nya lösenord');
		expect(accepted).not.toBeNull();
		expect((await users.signIn('ny.person@samverka.example', 'mitt nya lösenord', '10.4.0.1')).ok).toBe(true);
		expect(await users.acceptInvitation(tokenOf(link), 'Någon Annan', 'ett annat lösenord')).toBeNull();
	});

	it('accepts an invitation only once when two tabs submit at the same time', async () => {
		const admin = await createUser({ isAdmin: true });
		await users.inviteUser({ email: 'dubbel@samverka.example', name: 'Dubbel' }, admin, ORIGIN);
		const token = tokenOf(linkIn((await outboxFor('dubbel@samverka.example'))[0].textBody));
		const results = await Promise.all([
			users.acceptInvitation(token, 'A', 'lösenord nummer ett'),
			users.acceptInvitation(token, 'B', 'lösenord nummer två')
		]);
		expect(results.filter(Boolean)).toHaveLength(1);
	});

	it('does not create a second account for someone who already has one', async () => {
		const admin = await createUser({ isAdmin: true });
		const existing = await createUser();
		const result = await users.inviteUser({ email: existing.email, name: 'Annat Namn' }, admin, ORIGIN);
		expect(result).toEqual({ userId: existing.id, invited: false });
		const [{ count }] = await sql<
			{ count: number }[]
		>`select count(*) from users where email = ${existing.email}`;
		expect(count).toBe(1);
		expect(linkIn((await outboxFor(existing.email))[0].textBody)).toBe(`${ORIGIN}/logga-in`);
	});

	it('leaves nothing behind when the extra step of an invitation fails', async () => {
		const admin = await createUser({ isAdmin: true });
		await expect(
			users.inviteUser({ email: 'halv@samverka.example', name: 'Halv' }, admin, ORIGIN, async (tx) => {
				await tx`insert into network_memberships (network_id, user_id, role) values (-1, -1, 'member')`;
			})
		).rejects.toThrow();
		expect(await users.findUserByEmail('halv@samverka.example')).toBeNull();
		expect(await outboxFor('halv@samverka.example')).toEqual([]);
	});
});

describe('passwords', () => {
	it('resets a password with a single-use link and ends every session', async () => {
		const user = await createUser();
		const before = await users.signIn(user.email, PASSWORD, '10.5.0.1');
		await users.requestPasswordReset(user.email, ORIGIN);
		const token = tokenOf(linkIn((await outboxFor(user.email))[0].textBody));
		expect(await users.resetPassword(token, 'helt nytt lösenord')).toBe(true);
		expect(await users.resetPassword(token, 'igen ett nytt lösenord')).toBe(false);
		if (before.ok) expect((await validateSessionToken(before.token)).session).toBeNull();
		expect((await users.signIn(user.email, 'helt nytt lösenord', '10.5.0.1')).ok).toBe(true);
	});

	it('sends nothing for an unknown address and invalidates older reset links', async () => {
		await users.requestPasswordReset('finns-inte@samverka.example', ORIGIN);
		expect(await outboxFor('finns-inte@samverka.example')).toEqual([]);

		const user = await createUser();
		await users.requestPasswordReset(user.email, ORIGIN);
		await users.requestPasswordReset(user.email, ORIGIN);
		const [first, second] = (await outboxFor(user.email)).map((m) => tokenOf(linkIn(m.textBody)));
		expect(await users.resetPassword(first, 'första länkens lösenord')).toBe(false);
		expect(await users.resetPassword(second, 'andra länkens lösenord')).toBe(true);
	});

	it('refuses an expired link', async () => {
		const user = await createUser();
		await users.requestPasswordReset(user.email, ORIGIN);
		await sql`update auth_tokens set expires_at = now() - interval '1 second' where user_id = ${user.id}`;
		const token = tokenOf(linkIn((await outboxFor(user.email))[0].textBody));
		expect(await users.resetPassword(token, 'för sent lösenord')).toBe(false);
	});

	it('changes the password only with the current one, ending other sessions', async () => {
		const user = await createUser();
		const other = await users.signIn(user.email, PASSWORD, '10.6.0.1');
		expect(await users.changePassword(user.id, 'fel nuvarande', 'nytt långt lösenord')).toEqual({
			ok: false
		});
		const changed = await users.changePassword(user.id, PASSWORD, 'nytt långt lösenord');
		expect(changed.ok).toBe(true);
		if (other.ok) expect((await validateSessionToken(other.token)).session).toBeNull();
		if (changed.ok) expect((await validateSessionToken(changed.token)).user?.id).toBe(user.id);
	});
});

describe('first administrator', () => {
	it('is created once from the set-up link', async () => {
		const { createAuthToken } = await import('../../src/lib/server/auth/tokens.ts');
		const token = await createAuthToken('admin_setup', null, null);
		const input = { email: 'forsta@samverka.example', name: 'Första Admin', password: 'ett bra lösenord' };
		expect(await users.completeAdminSetup(token, input)).not.toBeNull();
		expect((await users.findUserByEmail(input.email))?.isAdmin).toBe(true);
		expect(await users.completeAdminSetup(token, { ...input, email: 'andra@samverka.example' })).toBeNull();
	});
});
