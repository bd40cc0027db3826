/**
 * Starts (or connects to) PostgreSQL once for the integration run and prepares a migrated
 * template database. Each test file then gets its own copy (see setup-file.ts).
 *
 * TEST_DATABASE_URL (or DATABASE_URL) points at a server to use; otherwise an embedded PostgreSQL
 * is started in a temporary directory, exactly as the app does for a newcomer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createClient } from '../../src/lib/server/platform/db.ts';
import {
	startEmbeddedPostgres,
	type EmbeddedServer
} from '../../src/lib/server/platform/embedded-postgres.ts';
import { migrate } from '../../src/lib/server/platform/migrate.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		adminUrl: string;
		templateDatabase: string;
	}
}

export function databaseUrl(serverUrl: string, database: string): string {
	const url = new URL(serverUrl);
	url.pathname = `/${database}`;
	return url.toString();
}

export default async function setup(project: TestProject) {
	let embedded: EmbeddedServer | null = null;
	let dataDir: string | null = null;
	let serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
	if (!serverUrl) {
		dataDir = mkdtempSync(join(tmpdir(), 'samverka-test-'));
		embedded = await startEmbeddedPostgres({ dataDir });
		serverUrl = embedded.url;
	}

	const template = `samverka_tpl_${process.pid}`;
	const admin = createClient(serverUrl, { max: 1 });
	await admin.unsafe(`drop database if exists ${template}`);
	await admin.unsafe(`create database ${template}`);
	const templateClient = createClient(databaseUrl(serverUrl, template), { max: 2 });
	await migrate(templateClient);
	await templateClient.end();

	project.provide('adminUrl', serverUrl);
	project.provide('templateDatabase', template);

	return async () => {
		const leftovers = await admin<{ datname: string }[]>`
			select datname from pg_database where datname like ${`samverka_t${process.pid}_%`}`;
		for (const { datname } of leftovers)
			await admin.unsafe(`drop database if exists ${datname} with (force)`);
		await admin.unsafe(`drop database if exists ${template} with (force)`);
		await admin.end();
		await embedded?.stop();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	};
}
