/** Factories insert real rows; nothing here mocks the database. */
import { sql } from '../../src/lib/server/platform/db.ts';
import { hashPassword } from '../../src/lib/server/auth/password.ts';

let counter = 0;
const unique = () => `${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

export const PASSWORD = 'ett långt lösenord';
let passwordHash: Promise<string> | null = null;

export async function createUser(
	overrides: { email?: string; name?: string; isAdmin?: boolean; withPassword?: boolean } = {}
) {
	passwordHash ??= hashPassword(PASSWORD);
	const email = overrides.email ?? `person-${unique()}@samverka.example`;
	const [user] = await sql<{ id: number; email: string; name: string }[]>`
		insert into users (email, name, is_admin, password_hash)
		values (${email}, ${overrides.name ?? 'Test Testsson'}, ${overrides.isAdmin ?? false},
			${overrides.withPassword === false ? null : await passwordHash})
		returning id, email, name`;
	return user;
}

export async function createNetwork(overrides: { isPublic?: boolean; name?: string } = {}) {
	const slug = `natverk-${unique()}`.toLowerCase();
	const [network] = await sql<{ id: number; slug: string; name: string }[]>`
		insert into networks (slug, name, short_name, is_public)
		values (${slug}, ${overrides.name ?? 'Testnätverket'}, 'Test', ${overrides.isPublic ?? false})
		returning id, slug, name`;
	return network;
}

export async function addMember(networkId: number, userId: number, role = 'member') {
	await sql`insert into network_memberships (network_id, user_id, role) values (${networkId}, ${userId}, ${role})`;
}

export async function outboxFor(email: string) {
	return sql<{ subject: string; textBody: string }[]>`
		select subject, text_body from outbox where to_address = ${email} order by id`;
}

/** The first link in a message, as the recipient would click it. */
export function linkIn(text: string): string {
	const match = text.match(/https?:\/\/\S+/);
	if (!match) throw new Error(`no link in: ${text}`);
	return match[0];
}
