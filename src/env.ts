import { defineEnvVars } from '@sveltejs/kit/env';

/** Empty and unset mean the same: not configured. */
const optional = (value: string | undefined) =>
	value === undefined || value.trim() === '' ? undefined : value.trim();

export const variables = defineEnvVars({
	DATABASE_URL: {
		schema: optional,
		description: 'PostgreSQL connection URL (≥ 15). Unset: an embedded PostgreSQL under DATA_DIR/postgres.'
	},
	DATA_DIR: {
		schema: (value) => optional(value) ?? './data',
		description: 'Where the embedded PostgreSQL keeps its data. Default ./data'
	},
	PUBLIC_ORIGIN: {
		schema: (value) => {
			const origin = optional(value);
			if (origin === undefined) return undefined;
			const url = new URL(origin);
			if (url.origin !== origin.replace(/\/$/, ''))
				throw new Error('PUBLIC_ORIGIN must be an origin such as https://samverka.example.se');
			return url.origin;
		},
		description: 'The public address, e.g. https://samverka.example.se: links in e-mails, Secure cookies.'
	},
	SMTP_URL: {
		schema: optional,
		description: 'smtp(s)://user:pass@host:port. Unset: messages stay in the outbox (Utkorg).'
	},
	MAIL_FROM: {
		schema: (value) => optional(value) ?? 'Samverka <noreply@samverka.example>',
		description: 'Sender of every e-mail.'
	},
	ADMIN_EMAIL: {
		schema: optional,
		description: 'First administrator, created at start-up when none exists.'
	},
	ADMIN_PASSWORD: { schema: optional, description: 'Password of the first administrator (ADMIN_EMAIL).' },
	DEMO_DATA: {
		schema: (value) => (optional(value) ?? 'auto') === 'auto',
		description:
			'auto (default): load demo data on the first start of an empty embedded database; off: never.'
	}
});
