/** Schemas of the conference forms: an edition's details, "Ny upplaga" and the working group. */
import { z } from 'zod';
import { m } from '#lib/paraglide/messages.js';
import { isoDate, optionalText, plainText, requiredText } from './programme.ts';

const email = () =>
	z
		.string({ error: () => m.conf_error_email() })
		.trim()
		.toLowerCase()
		.pipe(z.email({ error: () => m.conf_error_email() }));

const datesInOrder = (v: { startsOn: string; endsOn: string }) => v.endsOn >= v.startsOn;
/**
 * Date checks run even when another field (say, the name) is wrong, so every message shows at
 * once; they only need both dates to be dates.
 */
const whenDatesValid = (payload: { value: unknown }) => {
	const value = payload.value as { startsOn?: unknown; endsOn?: unknown };
	return [value.startsOn, value.endsOn].every((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));
};
const endsAfterStart = {
	path: ['endsOn'],
	error: () => m.conf_error_ends_before_starts(),
	when: whenDatesValid
};
/** A conference lasts days, not weeks: a typo in the year must not create hundreds of days. */
const notTooLong = (v: { startsOn: string; endsOn: string }) => v.endsOn <= addDays(v.startsOn, 13);
const tooLong = { path: ['endsOn'], error: () => m.conf_error_too_long(), when: whenDatesValid };

export const conferenceSchema = z
	.object({
		title: requiredText(200, () => m.conf_error_title_required()),
		startsOn: isoDate(),
		endsOn: isoDate(),
		venue: optionalText(300),
		address: optionalText(300),
		description: plainText(8000),
		contactEmail: z
			.string()
			.trim()
			.optional()
			.transform((v) => (v ? v.toLowerCase() : null))
			.refine((v) => v === null || z.email().safeParse(v).success, { error: () => m.conf_error_email() }),
		status: z.enum(['draft', 'published', 'registration_open', 'registration_closed', 'completed'], {
			error: () => m.conf_error_status()
		})
	})
	.refine(datesInOrder, endsAfterStart)
	.refine(notTooLong, tooLong);

export const newEditionSchema = z
	.object({
		title: requiredText(200, () => m.conf_error_title_required()),
		slug: z
			.string({ error: () => m.conf_error_slug() })
			.trim()
			.toLowerCase()
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: () => m.conf_error_slug() })
			.max(80, { error: () => m.conf_error_slug() }),
		startsOn: isoDate(),
		endsOn: isoDate()
	})
	.refine(datesInOrder, endsAfterStart)
	.refine(notTooLong, tooLong);

function addDays(date: string, days: number): string {
	const value = new Date(`${date}T12:00:00Z`);
	value.setUTCDate(value.getUTCDate() + days);
	return value.toISOString().slice(0, 10);
}

export const roleSchema = z.object({
	email: email(),
	role: z.enum(['coordinator', 'organiser', 'office'], { error: () => m.conf_error_role() })
});

export const removeRoleSchema = z.object({
	userId: z
		.string()
		.transform((v) => Number(v))
		.refine((v) => Number.isSafeInteger(v) && v > 0, { error: () => m.conf_error_role() })
});
