/** Schemas of the network forms: settings, members, substitutes, organisations and venues. */
import { z } from 'zod';
import { checkbox, textFields } from './fields.ts';
import { m } from '#lib/paraglide/messages.js';
import { parseClock } from '#lib/domain/networks/agenda-times.ts';
import { isIsoDate } from '#lib/domain/networks/holidays.ts';

export const { requiredText, optionalText, plainText } = textFields((max) => m.net_error_too_long({ max }));
export { checkbox };

/** 'HH:MM' from <input type="time"> (also 'HH.MM'), normalised to 'HH:MM'. */
export const clockTime = (message: () => string = () => m.net_error_time()) =>
	z
		.string({ error: message })
		.trim()
		.refine((v) => parseClock(v) !== null, { error: message })
		.transform((v) => {
			const minutes = parseClock(v)!;
			return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
		});

export const isoDate = (message: () => string = () => m.net_error_date()) =>
	z
		.string({ error: message })
		.trim()
		.refine((v) => isIsoDate(v), { error: message });

export const optionalIsoDate = () =>
	z
		.string()
		.trim()
		.optional()
		.refine((v) => !v || isIsoDate(v), { error: () => m.net_error_date() })
		.transform((v) => (v ? v : null));

/** A positive id from a select; empty is null. */
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

export const httpsUrl = () =>
	z
		.string()
		.trim()
		.max(500, { error: () => m.net_error_too_long({ max: 500 }) })
		.optional()
		.refine((v) => !v || /^https:\/\/[^\s]+$/.test(v), { error: () => m.net_error_https() })
		.transform((v) => (v ? v : null));

const minutesOf = (time: string) => parseClock(time) ?? 0;

const networkFields = {
	name: requiredText(160, () => m.net_error_name_required()),
	shortName: requiredText(40, () => m.net_error_short_name_required()),
	description: plainText(4000),
	isPublic: checkbox(),
	organisationId: optionalId(() => m.error_organisation_invalid()),
	defaultStart: clockTime(),
	defaultEnd: clockTime(),
	defaultOnlineUrl: httpsUrl(),
	defaultVenue: optionalText(300),
	beredningSize: z
		.string()
		.transform((v) => Number(v))
		.refine((v) => Number.isInteger(v) && v >= 1 && v <= 10, { error: () => m.net_error_beredning_size() }),
	includeChairInBeredning: checkbox()
};

const endAfterStart = {
	path: ['defaultEnd'],
	error: () => m.meeting_error_end_before_start()
};

export const networkSettingsSchema = z
	.object(networkFields)
	.refine((v) => minutesOf(v.defaultEnd) > minutesOf(v.defaultStart), endAfterStart);

export const newNetworkSchema = z
	.object({
		...networkFields,
		slug: z
			.string()
			.trim()
			.toLowerCase()
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: () => m.net_error_slug() })
			.max(60, { error: () => m.net_error_too_long({ max: 60 }) })
	})
	.refine((v) => minutesOf(v.defaultEnd) > minutesOf(v.defaultStart), endAfterStart);

export const membershipSchema = z.object({
	role: z.enum(['chair', 'secretary', 'member'], { error: () => m.error_role_invalid() }),
	organisationId: optionalId(() => m.error_organisation_invalid()),
	joinedOn: isoDate()
});

export const endMembershipSchema = z.object({
	leftOn: isoDate(),
	confirm: z.literal('on', { error: () => m.net_member_end_confirm_required() })
});

export const substituteSchema = z.object({
	name: requiredText(120, () => m.error_name_required()),
	email: z
		.string()
		.trim()
		.toLowerCase()
		.min(1, { error: () => m.error_email_required() })
		.max(254, { error: () => m.error_email_invalid() })
		.pipe(z.email({ error: () => m.error_email_invalid() })),
	organisationId: optionalId(() => m.error_organisation_invalid())
});

export const organisationSchema = z.object({
	name: requiredText(200, () => m.net_org_error_name_required()),
	shortName: optionalText(40),
	kind: z.enum(['municipality', 'federation', 'region', 'agency', 'university', 'other'], {
		error: () => m.net_org_error_kind()
	})
});

export const venueSchema = z.object({
	organisationId: requiredId(() => m.error_organisation_invalid()),
	venue: optionalText(300),
	address: optionalText(300)
});

export const actionItemSchema = z.object({
	ownerMembershipId: requiredId(() => m.net_error_unknown_member()),
	task: requiredText(500, () => m.net_action_error_task_required()),
	dueOn: optionalIsoDate()
});
