/**
 * Applies the numbered, forward-only SQL migrations in db/migrations (postgres-shift).
 * Several app instances may start at once: a transaction-level advisory lock lets one migrate
 * while the others wait, then find nothing left to do.
 */
import shift from 'postgres-shift';
import { resolve } from 'node:path';
import type { Sql } from './db.ts';

const MIGRATION_LOCK = 727_001;

/** The app is started from the project directory (npm start, node build); so are the scripts. */
export function migrationsDir(): string {
	return resolve('db/migrations');
}

export async function migrate(
	sql: Sql,
	options: { path?: string; log?: (message: string) => void } = {}
): Promise<void> {
	const reserved = await sql.reserve();
	try {
		await reserved`select pg_advisory_lock(${MIGRATION_LOCK})`;
		await shift({
			sql,
			path: options.path ?? migrationsDir(),
			before: ({ migration_id, name }: { migration_id: number; name: string }) =>
				options.log?.(`Migrerar databasen: ${migration_id} ${name}`)
		});
	} finally {
		await reserved`select pg_advisory_unlock(${MIGRATION_LOCK})`;
		reserved.release();
	}
}
