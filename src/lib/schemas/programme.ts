/** Schemas of the programme forms: sessions, breaks, moves, rooms, tracks, speakers, days, publishing. */
import { z } from 'zod';
import { checkbox, textFields } from './fields.ts';
import { m } from '#lib/paraglide/messages.js';
import { SESSION_KINDS, isIsoDate } from '#lib/domain/conferences/programme.ts';
import {
	MIN_STRIPE_CONTRAST,
	MIN_TEXT_CONTRAST,
	checkTrackColour,
	formatRatio,
	normaliseHexColour
} from '#lib/domain/conferences/colour-contrast.ts';

export const { requiredText, optionalText, plainText } = textFields((max) => m.prog_error_too_long({ max }));
export { checkbox };

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** 'HH:MM' from <input type="time">, also 'H.MM' as Swedes write it; normalised to 'HH:MM'. */
export const clockTime = (message: () => string) =>
	z
		.string({ error: message })
		.trim()
		.regex(TIME, { error: message })
		.transform((v) => {
			const [, hours, minutes] = TIME.exec(v)!;
			return `${hours!.padStart(2, '0')}:${minutes}`;
		});

export const isoDate = () =>
	z
		.string({ error: () => m.prog_error_date() })
		.trim()
		.refine((v) => isIsoDate(v), { error: () => m.prog_error_date() });

/** A positive id from a select; empty means none (null). */
export const optionalId = (message: () => string) =>
	z
		.string()
		.optional()
		.transform((v) => (v ? Number(v) : null))
		.refine((v) => v === null || (Number.isSafeInteger(v) && v > 0), { error: message });

export const requiredId = (message: () => string) =>
	z
		.string({ error: message })
		.transform((v) => Number(v))
		.refine((v) => Number.isSafeInteger(v) && v > 0, { error: message });

/** A number of seats; empty means "as many as the room". */
export const optionalCapacity = () =>
	z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? Number(v) : null))
		.refine((v) => v === null || (Number.isInteger(v) && v >= 1 && v <= 100_000), {
			error: () => m.prog_error_capacity()
		});

const kind = () => z.enum(SESSION_KINDS, { error: () => m.prog_error_kind() });

export const sessionSchema = z.object({
	title: requiredText(200, () => m.prog_error_title_required()),
	abstract: plainText(4000),
	kind: kind(),
	trackId: optionalId(() => m.prog_error_track_unknown()),
	roomId: optionalId(() => m.prog_error_room_unknown()),
	date: isoDate(),
	start: clockTime(() => m.prog_error_start_time()),
	end: clockTime(() => m.prog_error_end_time()),
	language: z.enum(['sv', 'en'], { error: () => m.prog_error_language() }),
	capacity: optionalCapacity(),
	newSpeakerName: optionalText(120),
	newSpeakerTitle: optionalText(120),
	newSpeakerOrganisation: optionalText(200),
	confirm: checkbox()
});

/** "Paus i alla salar": one session without a room, over the whole venue. */
export const jointBreakSchema = z.object({
	title: requiredText(200, () => m.prog_error_title_required()),
	kind: z.enum(['break', 'lunch', 'mingle'], { error: () => m.prog_error_kind() }),
	date: isoDate(),
	start: clockTime(() => m.prog_error_start_time()),
	end: clockTime(() => m.prog_error_end_time()),
	confirm: checkbox()
});

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

/** A move or resize from the grid editor. */
export const moveSchema = z.object({
	id: requiredId(() => m.prog_error_session_unknown()),
	roomId: optionalId(() => m.prog_error_room_unknown()),
	startsAt: z.string().regex(LOCAL_DATE_TIME, { error: () => m.prog_error_start_time() }),
	endsAt: z.string().regex(LOCAL_DATE_TIME, { error: () => m.prog_error_end_time() }),
	confirm: checkbox()
});

export const sessionIdSchema = z.object({
	id: requiredId(() => m.prog_error_session_unknown())
});

export const confirmedSchema = z.object({
	confirmed: z.literal('on', { error: () => m.prog_error_confirm_delete() })
});

export const roomSchema = z.object({
	name: requiredText(100, () => m.prog_error_room_name_required()),
	capacity: optionalCapacity(),
	accessibility: plainText(1000),
	position: z
		.string()
		.optional()
		.transform((v) => (v ? Number(v) : 0))
		.refine((v) => Number.isInteger(v) && Math.abs(v) < 10_000, { error: () => m.prog_error_position() })
});

export const trackSchema = z.object({
	name: requiredText(100, () => m.prog_error_track_name_required()),
	description: plainText(2000),
	colour: z
		.string({ error: () => m.prog_error_colour_invalid() })
		.trim()
		.superRefine((value, context) => {
			const check = checkTrackColour(value);
			if (check.ok) return;
			context.addIssue({
				code: 'custom',
				message:
					check.reason === 'invalid'
						? m.prog_error_colour_invalid()
						: check.reason === 'stripe'
							? m.prog_error_colour_stripe({
									ratio: formatRatio(check.stripeContrast),
									min: String(MIN_STRIPE_CONTRAST)
								})
							: m.prog_error_colour_text({
									ratio: formatRatio(check.textContrast),
									min: String(MIN_TEXT_CONTRAST).replace('.', ',')
								})
			});
		})
		.transform((value) => normaliseHexColour(value) ?? value),
	position: roomSchema.shape.position,
	leadName: optionalText(120)
});

export const speakerSchema = z.object({
	name: requiredText(120, () => m.prog_error_speaker_name_required()),
	title: optionalText(120),
	organisation: optionalText(200),
	bio: plainText(2000)
});

export const daySchema = z.object({
	date: isoDate(),
	start: clockTime(() => m.prog_error_start_time()),
	end: clockTime(() => m.prog_error_end_time())
});

export const publishSchema = z.object({
	note: plainText(500),
	confirm: checkbox()
});

export const bookmarkSchema = z.object({
	guid: z.string().regex(/^[0-9a-f-]{36}$/i, { error: () => m.prog_error_session_unknown() }),
	marked: z.enum(['true', 'false']).transform((v) => v === 'true'),
	returnTo: z.string().optional()
});
