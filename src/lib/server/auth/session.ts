/**
 * Sessions as designed in the Lucia guide: the cookie holds a random token, the database only its
 * SHA-256 hash, so a leaked table cannot be replayed. Expiry slides: a session used in its second
 * half is extended.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Cookies } from '@sveltejs/kit';
import { sql, type Db } from '../platform/db.ts';

export const SESSION_COOKIE = 'samverka_session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;

export interface SessionUser {
	id: number;
	email: string;
	name: string;
	isAdmin: boolean;
}

export interface Session {
	id: string;
	userId: number;
	expiresAt: Date;
}

export function generateToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(token: string, userId: number, db: Db = sql): Promise<Session> {
	const session = { id: hashToken(token), userId, expiresAt: new Date(Date.now() + SESSION_LIFETIME) };
	await db`insert into sessions (id, user_id, expires_at) values (${session.id}, ${userId}, ${session.expiresAt})`;
	return session;
}

export async function validateSessionToken(
	token: string
): Promise<{ session: Session; user: SessionUser } | { session: null; user: null }> {
	const id = hashToken(token);
	const [row]: [(Session & { email: string; name: string; isAdmin: boolean })?] = await sql`
		select s.id, s.user_id, s.expires_at, u.email, u.name, u.is_admin
		from sessions s join users u on u.id = s.user_id
		where s.id = ${id}`;
	if (!row) return { session: null, user: null };
	const session: Session = { id: row.id, userId: row.userId, expiresAt: row.expiresAt };
	if (Date.now() >= session.expiresAt.getTime()) {
		await sql`delete from sessions where id = ${id}`;
		return { session: null, user: null };
	}
	if (Date.now() >= session.expiresAt.getTime() - SESSION_LIFETIME / 2) {
		session.expiresAt = new Date(Date.now() + SESSION_LIFETIME);
		await sql`update sessions set expires_at = ${session.expiresAt} where id = ${id}`;
	}
	return { session, user: { id: row.userId, email: row.email, name: row.name, isAdmin: row.isAdmin } };
}

export async function invalidateSession(sessionId: string): Promise<void> {
	await sql`delete from sessions where id = ${sessionId}`;
}

export async function invalidateUserSessions(userId: number, db: Db = sql): Promise<void> {
	await db`delete from sessions where user_id = ${userId}`;
}

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date, secure: boolean): void {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		path: '/',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
}
