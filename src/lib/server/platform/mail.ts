/**
 * Every message goes into the outbox table first. With SMTP_URL set it is then sent through
 * nodemailer and marked sent; without it, administrators read it at /admin/utkorg.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { sql, type Db } from './db.ts';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
	html?: string;
	calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string };
}

let transport: Transporter | null = null;
let from = 'Samverka <noreply@samverka.example>';

export function configureMail(options: { smtpUrl?: string; from: string }): void {
	transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
	from = options.from;
}

export function mailDelivery(): 'smtp' | 'outbox' {
	return transport ? 'smtp' : 'outbox';
}

/** Stores the message and, when SMTP is configured, sends it. A failed send is recorded, not thrown. */
export async function sendMail(message: MailMessage, db: Db = sql): Promise<number> {
	const [{ id }] = await db<{ id: number }[]>`
		insert into outbox (to_address, subject, text_body, html_body, calendar, calendar_method)
		values (${message.to}, ${message.subject}, ${message.text}, ${message.html ?? null},
			${message.calendar?.content ?? null}, ${message.calendar?.method ?? null})
		returning id`;
	if (transport) {
		try {
			await transport.sendMail({
				from,
				to: message.to,
				subject: message.subject,
				text: message.text,
				html: message.html,
				icalEvent: message.calendar
					? { method: message.calendar.method, content: message.calendar.content, filename: 'inbjudan.ics' }
					: undefined
			});
			await db`update outbox set sent_at = now() where id = ${id}`;
		} catch (error) {
			await db`update outbox set error = ${String(error)} where id = ${id}`;
		}
	}
	return id;
}

export interface OutboxMessage {
	id: number;
	toAddress: string;
	subject: string;
	textBody: string;
	calendar: string | null;
	calendarMethod: string | null;
	createdAt: Date;
	sentAt: Date | null;
	error: string | null;
}

export async function listOutbox(options: { page: number; pageSize: number; to?: string }) {
	const filter = options.to
		? sql`where to_address ilike ${'%' + options.to.replace(/[\\%_]/g, '\\$&') + '%'}`
		: sql``;
	const [{ total }] = await sql<{ total: number }[]>`select count(*) as total from outbox ${filter}`;
	const messages = await sql<OutboxMessage[]>`
		select id, to_address, subject, text_body, calendar, calendar_method, created_at, sent_at, error
		from outbox ${filter}
		order by created_at desc, id desc
		limit ${options.pageSize} offset ${(options.page - 1) * options.pageSize}`;
	return { total, messages };
}

export async function getOutboxMessage(id: number): Promise<OutboxMessage | null> {
	const [row]: [OutboxMessage?] = await sql`
		select id, to_address, subject, text_body, calendar, calendar_method, created_at, sent_at, error
		from outbox where id = ${id}`;
	return row ?? null;
}
