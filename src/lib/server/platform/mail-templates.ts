/** E-mail texts. Recipients may not have chosen a language yet, so messages are in Swedish. */
import type { MailMessage } from './mail.ts';

const signature = '\n\nVänliga hälsningar\nSamverka';

export function invitationMail(input: {
	to: string;
	name: string;
	invitedBy: string;
	context?: string;
	link: string;
}): MailMessage {
	const where = input.context ? ` till ${input.context}` : ' till Samverka';
	return {
		to: input.to,
		subject: `Inbjudan${where}`,
		text:
			`Hej ${input.name}!\n\n${input.invitedBy} har bjudit in dig${where}, där nätverkens möten, ` +
			`dagordningar och konferenser planeras.\n\nVälj ditt lösenord här (länken gäller i 14 dagar ` +
			`och kan användas en gång):\n${input.link}` +
			signature
	};
}

export function passwordResetMail(input: { to: string; name: string; link: string }): MailMessage {
	return {
		to: input.to,
		subject: 'Återställ ditt lösenord i Samverka',
		text:
			`Hej ${input.name}!\n\nNågon (förhoppningsvis du) har bett om ett nytt lösenord till Samverka.\n\n` +
			`Välj ett nytt lösenord här (länken gäller i en timme och kan användas en gång):\n${input.link}\n\n` +
			`Om du inte bett om detta kan du bortse från meddelandet; ditt lösenord är oförändrat.` +
			signature
	};
}
