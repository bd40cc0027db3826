/**
 * What happens once when the server starts: open (or start) the database, migrate, load demo data
 * into a new embedded database, and make sure someone can administer the app.
 */
import { seedDemo } from '../../../../db/seed/demo.ts';
import { createAuthToken } from '../auth/tokens.ts';
import { pruneLoginAttempts } from '../auth/throttle.ts';
import { openDatabase, sql, type OpenDatabase } from './db.ts';
import { configureMail } from './mail.ts';
import { migrate } from './migrate.ts';
import { missingOriginWarning, resolveOrigin } from './origin.ts';
import { adminExists, createAdmin } from '../auth/users.ts';

export interface StartOptions {
	databaseUrl?: string;
	dataDir: string;
	publicOrigin?: string;
	smtpUrl?: string;
	mailFrom: string;
	adminEmail?: string;
	adminPassword?: string;
	demoData: boolean;
	log: (message: string) => void;
	/** Where a misconfiguration is reported; console.warn unless given. */
	warn?: (message: string) => void;
}

export async function startApp(options: StartOptions): Promise<OpenDatabase> {
	const { log } = options;
	// links in e-mails and feeds come from PUBLIC_ORIGIN only (./origin.ts); production must set it
	const originWarning = missingOriginWarning(options.publicOrigin);
	if (originWarning) (options.warn ?? console.warn)(originWarning);
	const database = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, log });
	await migrate(database.sql, { log });
	configureMail({ smtpUrl: options.smtpUrl, from: options.mailFrom });

	const [{ users }] = await sql<{ users: number }[]>`select count(*) as users from users`;
	if (users === 0 && database.embedded && options.demoData) {
		await seedDemo(database.sql, { log });
		log('Demodata är inläst. Logga in med ett av demokontona i README.md.');
	}

	if (!(await adminExists())) {
		if (options.adminEmail && options.adminPassword) {
			await createAdmin({
				email: options.adminEmail,
				name: 'Administratör',
				password: options.adminPassword
			});
			log(`Administratören ${options.adminEmail} är skapad.`);
		} else {
			const token = await createAuthToken('admin_setup', null, null);
			const origin = resolveOrigin(options.publicOrigin);
			log(
				`Det finns ingen administratör än. Skapa den här (länken fungerar en gång):\n  ${origin}/installera/${token}`
			);
		}
	}
	await pruneLoginAttempts();
	return database;
}
