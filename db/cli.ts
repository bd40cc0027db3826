/**
 * `npm run db:migrate` and `npm run db:seed`: the same start-up steps as the app, from the shell.
 * Runs under plain Node 24 (type stripping), so it reads the environment itself.
 */
import { seedDemo } from './seed/demo.ts';
import { openDatabase } from '../src/lib/server/platform/db.ts';
import { migrate } from '../src/lib/server/platform/migrate.ts';

const command = process.argv[2];
if (command !== 'migrate' && command !== 'seed') {
	console.error('Användning: node db/cli.ts migrate|seed');
	process.exit(2);
}

const database = await openDatabase({
	databaseUrl: process.env.DATABASE_URL || undefined,
	dataDir: process.env.DATA_DIR || './data',
	log: console.log
});
try {
	await migrate(database.sql, { log: console.log });
	if (command === 'seed') {
		const { created } = await seedDemo(database.sql, { log: console.log });
		console.log(created ? 'Demodata är inläst.' : 'Demodata fanns redan; inget ändrades.');
	} else {
		console.log('Databasen är uppdaterad.');
	}
} finally {
	await database.close();
}
