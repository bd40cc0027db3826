/** Runtime configuration, validated by src/env.ts. */
import * as env from '$app/env/private';

export const config = {
	databaseUrl: env.DATABASE_URL,
	dataDir: env.DATA_DIR,
	publicOrigin: env.PUBLIC_ORIGIN,
	smtpUrl: env.SMTP_URL,
	mailFrom: env.MAIL_FROM,
	adminEmail: env.ADMIN_EMAIL,
	adminPassword: env.ADMIN_PASSWORD,
	demoData: env.DEMO_DATA
};
