/** Personal calendar feed tokens: one per person, shown in the profile, regenerated on request. */
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { sql } from '../platform/db.ts';

function newToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** The person's token, created the first time it is asked for. */
export async function getOrCreateCalendarToken(userId: number): Promise<string> {
	const [row] = await sql<{ token: string }[]>`
		insert into calendar_tokens (user_id, token) values (${userId}, ${newToken()})
		on conflict (user_id) do update set user_id = excluded.user_id
		returning token`;
	return row.token;
}

/** A new token; the old address stops working in the same statement. */
export async function regenerateCalendarToken(userId: number): Promise<string> {
	const [row] = await sql<{ token: string }[]>`
		insert into calendar_tokens (user_id, token) values (${userId}, ${newToken()})
		on conflict (user_id) do update set token = excluded.token, created_at = now()
		returning token`;
	return row.token;
}

export async function userForCalendarToken(
	token: string
): Promise<{ id: number; name: string; isAdmin: boolean } | null> {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const [row]: [{ id: number; name: string; isAdmin: boolean }?] = await sql`
		select u.id, u.name, u.is_admin from calendar_tokens t join users u on u.id = t.user_id
		where t.token = ${token}`;
	return row ?? null;
}
