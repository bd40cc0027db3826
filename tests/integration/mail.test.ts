import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { sql } from '../../src/lib/server/platform/db.ts';
import { configureMail, listOutbox, mailDelivery, sendMail } from '../../src/lib/server/platform/mail.ts';

/** A real SMTP listener on loopback: what nodemailer delivers to it is what a mail server would get. */
const received: { to: string[]; data: string }[] = [];
const server = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS'],
	onData(stream, session, callback) {
		let data = '';
		stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
		stream.on('end', () => {
			received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
			callback();
		});
	}
});

beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
afterAll(() => {
	configureMail({ from: 'Samverka <noreply@samverka.example>' });
	return new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('mail', () => {
	it('keeps every message in the outbox when no SMTP server is configured', async () => {
		configureMail({ from: 'Samverka <noreply@samverka.example>' });
		expect(mailDelivery()).toBe('outbox');
		await sendMail({ to: 'a@samverka.example', subject: 'Hej', text: 'Text' });
		const { messages } = await listOutbox({ page: 1, pageSize: 10, to: 'a@samverka.example' });
		expect(messages).toHaveLength(1);
		expect(messages[0].sentAt).toBeNull();
	});

	it('sends through SMTP when configured, with the calendar part, and marks the message sent', async () => {
		const { port } = server.server.address() as AddressInfo;
		configureMail({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Samverka <noreply@samverka.example>' });
		expect(mailDelivery()).toBe('smtp');
		const calendar = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';
		await sendMail({
			to: 'b@samverka.example',
			subject: 'Kallelse',
			text: 'Välkommen',
			calendar: { method: 'REQUEST', content: calendar }
		});
		expect(received.at(-1)?.to).toEqual(['b@samverka.example']);
		expect(received.at(-1)?.data).toContain('text/calendar');
		expect(received.at(-1)?.data).toContain('method=REQUEST');
		const [row] = await sql<{ sentAt: Date | null; error: string | null }[]>`
			select sent_at, error from outbox where to_address = 'b@samverka.example'`;
		expect(row.sentAt).toBeInstanceOf(Date);
		expect(row.error).toBeNull();
	});

	it('records a failed delivery instead of failing the action that sent it', async () => {
		configureMail({ smtpUrl: 'smtp://127.0.0.1:1', from: 'Samverka <noreply@samverka.example>' });
		await expect(sendMail({ to: 'c@samverka.example', subject: 'X', text: 'Y' })).resolves.toBeTypeOf(
			'number'
		);
		const [row] = await sql<
			{ error: string | null }[]
		>`select error from outbox where to_address = 'c@samverka.example'`;
		expect(row.error).toMatch(/ECONNREFUSED|connect/i);
	});

	it('treats % and _ in the recipient filter literally', async () => {
		configureMail({ from: 'Samverka <noreply@samverka.example>' });
		await sendMail({ to: 'procent@samverka.example', subject: 'P', text: 'P' });
		expect((await listOutbox({ page: 1, pageSize: 10, to: '%' })).total).toBe(0);
	});
});
