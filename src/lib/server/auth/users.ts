/** Accounts: sign-in, invitations, password reset and change, the first administrator. */
import { sql, type Db } from '../platform/db.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { createSession, generateToken, invalidateUserSessions, type Session } from './session.ts';
import { createDeviceToken, verifyDeviceToken } from './device.ts';
import { releaseLoginAttempt, reserveLoginAttempt } from './throttle.ts';
import { consumeAuthToken, createAuthToken } from './tokens.ts';
import { sendMail } from '../platform/mail.ts';
import { invitationMail, passwordResetMail } from '../platform/mail-templates.ts';

export interface User {
	id: number;
	email: string;
	name: string;
	title: string | null;
	isAdmin: boolean;
	hasPassword: boolean;
	createdAt: Date;
}

const userColumns = () =>
	sql`id, email, name, title, is_admin, password_hash is not null as has_password, created_at`;

export async function getUser(id: number): Promise<User | null> {
	const [row]: [User?] = await sql`select ${userColumns()} from users where id = ${id}`;
	return row ?? null;
}

export async function findUserByEmail(email: string): Promise<User | null> {
	const [row]: [User?] = await sql`select ${userColumns()} from users where email = ${email.toLowerCase()}`;
	return row ?? null;
}

export async function listUsers(options: { page: number; pageSize: number; q?: string }) {
	const filter = options.q
		? sql`where email ilike ${like(options.q)} or name ilike ${like(options.q)}`
		: sql``;
	const [{ total }] = await sql<{ total: number }[]>`select count(*) as total from users ${filter}`;
	const users = await sql<User[]>`
		select ${userColumns()} from users ${filter}
		order by name, id limit ${options.pageSize} offset ${(options.page - 1) * options.pageSize}`;
	return { total, users };
}

function like(q: string): string {
	return '%' + q.replace(/[\\%_]/g, '\\$&') + '%';
}

// Verifying against this keeps the answer time the same whether or not the account exists.
const dummyHash = hashPassword('not a real password, only for timing');

export type SignInResult =
	| { ok: true; token: string; session: Session; userId: number; deviceToken: string }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAt: Date };

/**
 * Signs in. The attempt is reserved in the throttle before the password is checked, so parallel
 * guesses count; `deviceToken` is the device cookie of this browser for this account, if any, and
 * a new one is handed back on success (see auth/device.ts).
 */
export async function signIn(
	email: string,
	password: string,
	ip: string,
	deviceToken?: string | null
): Promise<SignInResult> {
	email = email.toLowerCase();
	const device = await verifyDeviceToken(email, deviceToken);
	const reservation = await reserveLoginAttempt({ email, ip, device });
	if (!reservation.allowed) return { ok: false, reason: 'throttled', retryAt: reservation.retryAt };

	const [row]: [{ id: number; passwordHash: string | null }?] =
		await sql`select id, password_hash from users where email = ${email}`;
	const valid = await verifyPassword(row?.passwordHash ?? (await dummyHash), password);
	if (!row?.passwordHash || !valid) return { ok: false, reason: 'invalid' };

	await releaseLoginAttempt(reservation.buckets);
	const token = generateToken();
	const session = await createSession(token, row.id);
	return { ok: true, token, session, userId: row.id, deviceToken: await createDeviceToken(email) };
}

/** Sets a new password and ends every session of the account: whoever had the old one is out. */
async function setPassword(db: Db, userId: number, password: string): Promise<void> {
	const passwordHash = await hashPassword(password);
	await db`update users set password_hash = ${passwordHash}, password_changed_at = now() where id = ${userId}`;
	await invalidateUserSessions(userId, db);
}

export async function changePassword(
	userId: number,
	current: string,
	password: string
): Promise<{ ok: true; token: string; session: Session } | { ok: false }> {
	const [row]: [{ passwordHash: string | null }?] =
		await sql`select password_hash from users where id = ${userId}`;
	if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, current))) return { ok: false };
	return sql.begin(async (tx) => {
		await setPassword(tx, userId, password);
		const token = generateToken();
		const session = await createSession(token, userId, tx);
		return { ok: true as const, token, session };
	});
}

export type InviteResult = { userId: number; invited: boolean };

/**
 * Invites a person by e-mail. A new person gets an account without password and a link to choose
 * one; someone who already has an account is told by e-mail instead (no second account).
 */
export async function inviteUser(
	input: { email: string; name: string; isAdmin?: boolean; context?: string },
	invitedBy: { id: number; name: string },
	origin: string,
	/** More writes in the same transaction, e.g. the network membership the invitation is for. */
	also?: (tx: Db, userId: number) => Promise<void>
): Promise<InviteResult> {
	return sql.begin(async (tx) => {
		const email = input.email.toLowerCase();
		const [existing]: [{ id: number; hasPassword: boolean }?] =
			await tx`select id, password_hash is not null as has_password from users where email = ${email} for update`;
		let userId: number;
		if (existing) {
			userId = existing.id;
			if (input.isAdmin) await tx`update users set is_admin = true where id = ${userId}`;
		} else {
			[{ id: userId }] = await tx<{ id: number }[]>`
				insert into users (email, name, is_admin) values (${email}, ${input.name}, ${input.isAdmin ?? false})
				returning id`;
		}
		await also?.(tx, userId);
		const needsPassword = !existing?.hasPassword;
		const token = needsPassword ? await createAuthToken('invitation', userId, invitedBy.id, tx) : null;
		await sendMail(
			invitationMail({
				to: email,
				name: input.name,
				invitedBy: invitedBy.name,
				context: input.context,
				link: token ? `${origin}/inbjudan/${token}` : `${origin}/logga-in`
			}),
			tx
		);
		return { userId, invited: needsPassword };
	});
}

export async function acceptInvitation(
	token: string,
	name: string,
	password: string
): Promise<{ token: string; session: Session } | null> {
	return sql.begin(async (tx) => {
		const used = await consumeAuthToken('invitation', token, tx);
		if (!used?.userId) return null;
		await tx`update users set name = ${name} where id = ${used.userId}`;
		await setPassword(tx, used.userId, password);
		const sessionToken = generateToken();
		const session = await createSession(sessionToken, used.userId, tx);
		return { token: sessionToken, session };
	});
}

/** Sends a reset link when the account exists; the caller answers the same either way. */
export async function requestPasswordReset(email: string, origin: string): Promise<void> {
	const user = await findUserByEmail(email);
	if (!user) return;
	await sql.begin(async (tx) => {
		// a new link replaces any earlier one
		await tx`update auth_tokens set used_at = now()
			where user_id = ${user.id} and purpose = 'password_reset' and used_at is null`;
		const token = await createAuthToken('password_reset', user.id, null, tx);
		await sendMail(
			passwordResetMail({ to: user.email, name: user.name, link: `${origin}/aterstall/${token}` }),
			tx
		);
	});
}

export async function resetPassword(token: string, password: string): Promise<boolean> {
	return sql.begin(async (tx) => {
		const used = await consumeAuthToken('password_reset', token, tx);
		if (!used?.userId) return false;
		await setPassword(tx, used.userId, password);
		return true;
	});
}

export async function adminExists(): Promise<boolean> {
	const [row] = await sql`select 1 from users where is_admin limit 1`;
	return Boolean(row);
}

export async function createAdmin(
	input: { email: string; name: string; password: string },
	db: Db = sql
): Promise<number> {
	const passwordHash = await hashPassword(input.password);
	const [{ id }] = await db<{ id: number }[]>`
		insert into users (email, name, is_admin, password_hash, password_changed_at)
		values (${input.email.toLowerCase()}, ${input.name}, true, ${passwordHash}, now())
		on conflict (email) do update set is_admin = true, password_hash = excluded.password_hash,
			password_changed_at = now()
		returning id`;
	return id;
}

/** Completes the first start: the set-up link creates the first administrator, once. */
export async function completeAdminSetup(
	token: string,
	input: { email: string; name: string; password: string }
): Promise<{ token: string; session: Session } | null> {
	return sql.begin(async (tx) => {
		if (!(await consumeAuthToken('admin_setup', token, tx))) return null;
		const userId = await createAdmin(input, tx);
		const sessionToken = generateToken();
		const session = await createSession(sessionToken, userId, tx);
		return { token: sessionToken, session };
	});
}
