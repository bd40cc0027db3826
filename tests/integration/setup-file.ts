/** Gives each integration test file its own database, copied from the migrated template. */
import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { createClient, useClient } from '../../src/lib/server/platform/db.ts';
import { databaseUrl } from './global-setup.ts';

const adminUrl = inject('adminUrl');
const name = `samverka_t${process.ppid}_${randomBytes(4).toString('hex')}`;
const admin = createClient(adminUrl, { max: 1 });
await admin.unsafe(`create database ${name} template ${inject('templateDatabase')}`);
const client = createClient(databaseUrl(adminUrl, name), { max: 5 });
useClient(client);

afterAll(async () => {
	await client.end();
	await admin.unsafe(`drop database if exists ${name} with (force)`);
	await admin.end();
});
