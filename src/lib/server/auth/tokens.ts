/** Single-use links (invitation, password reset, first administrator set-up); only hashes are stored. */
import { sql, type Db } from '../platform/db.ts';
import { generateToken, hashToken } from './session.ts';

export type TokenPurpose = 'invitation' | 'password_reset' | 'admin_setup';

export const TOKEN_LIFETIME: Record<TokenPurpose, number> = {
	invitation: 14 * 24 * 60 * 60 * 1000,
	password_reset: 60 * 60 * 1000,
	admin_setup: 7 * 24 * 60 * 60 * 1000
};

export async function createAuthToken(
	purpose: TokenPurpose,
	userId: number | null,
	createdBy: number | null,
	db: Db = sql
): Promise<string> {
	const token = generateToken();
	const expiresAt = new Date(Date.now() + TOKEN_LIFETIME[purpose]);
	await db`
		insert into auth_tokens (id, purpose, user_id, created_by, expires_at)
		values (${hashToken(token)}, ${purpose}, ${userId}, ${createdBy}, ${expiresAt})`;
	return token;
}

export interface ValidToken {
	userId: number | null;
	email: string | null;
	name: string | null;
}

/** Looks a token up without using it, for showing the form it leads to. */
export async function findValidToken(purpose: TokenPurpose, token: string): Promise<ValidToken | null> {
	const [row]: [ValidToken?] = await sql`
		select t.user_id, u.email, u.name
		from auth_tokens t left join users u on u.id = t.user_id
		where t.id = ${hashToken(token)} and t.purpose = ${purpose}
			and t.used_at is null and t.expires_at > now()`;
	return row ?? null;
}

/**
 * Uses a token once. The conditional update makes two simultaneous uses impossible: only one
 * of them gets the row back.
 */
export async function consumeAuthToken(
	purpose: TokenPurpose,
	token: string,
	db: Db = sql
): Promise<{ userId: number | null } | null> {
	const [row]: [{ userId: number | null }?] = await db`
		update auth_tokens set used_at = now()
		where id = ${hashToken(token)} and purpose = ${purpose} and used_at is null and expires_at > now()
		returning user_id`;
	return row ?? null;
}
