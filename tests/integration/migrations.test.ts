import { describe, expect, it } from 'vitest';
import { sql } from '../../src/lib/server/platform/db.ts';
import { migrate } from '../../src/lib/server/platform/migrate.ts';

describe('migrations', () => {
	it('are all applied and running them again changes nothing', async () => {
		const before = await sql<{ migrationId: number }[]>`select migration_id from migrations order by 1`;
		expect(before.length).toBeGreaterThan(0);
		await migrate(sql);
		const after = await sql`select migration_id from migrations order by 1`;
		expect(after).toEqual(before);
	});

	it('apply once when several instances start at the same time', async () => {
		await Promise.all([migrate(sql), migrate(sql), migrate(sql)]);
		const [{ count }] = await sql<{ count: number }[]>`select count(*) from migrations`;
		const [{ max }] = await sql<{ max: number }[]>`select max(migration_id) from migrations`;
		expect(count).toBe(max);
	});
});
