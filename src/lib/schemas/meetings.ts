/** Schemas of the meeting forms: one meeting, cancelling, and term planning (request and review). */
import { z } from 'zod';
import { m } from '#lib/paraglide/messages.js';
import { parseClock } from '#lib/domain/networks/agenda-times.ts';
import { isIsoDate } from '#lib/domain/networks/holidays.ts';
import { parseStockholmLocal } from '#lib/domain/platform/stockholm-time.ts';
import { MAX_MEETINGS_PER_TERM, MAX_TERM_YEAR, MIN_TERM_YEAR } from '#lib/domain/networks/term-planning.ts';
import { checkbox, clockTime, httpsUrl, isoDate, optionalId, optionalText, plainText } from './networks.ts';

export const MEETING_FORMATS = ['digital', 'physical', 'hybrid'] as const;

const format = () => z.enum(MEETING_FORMATS, { error: () => m.meeting_error_format() });

/**
 * Collects numbered fields (`beredning.0`, `beredning.1` …, or `rows.0.date` …) into arrays, so a
 * plain HTML form can send lists. Empty selects are dropped.
 */
export function collectLists(input: unknown, lists: readonly string[]): Record<string, unknown> {
	const source = (input ?? {}) as Record<string, unknown>;
	const output: Record<string, unknown> = {};
	const collected: Record<string, Record<number, unknown>> = {};
	for (const [key, value] of Object.entries(source)) {
		const list = lists.find((name) => key.startsWith(`${name}.`));
		if (!list) {
			output[key] = value;
			continue;
		}
		const rest = key.slice(list.length + 1);
		const dot = rest.indexOf('.');
		const index = Number(dot === -1 ? rest : rest.slice(0, dot));
		if (!Number.isInteger(index) || index < 0 || index > 100) continue;
		const bucket = (collected[list] ??= {});
		if (dot === -1) {
			if (value !== '') bucket[index] = value;
		} else {
			const row = (bucket[index] ??= {}) as Record<string, unknown>;
			row[rest.slice(dot + 1)] = value;
		}
	}
	for (const list of lists) {
		const bucket = collected[list] ?? {};
		output[list] = Object.keys(bucket)
			.map(Number)
			.sort((a, b) => a - b)
			.map((i) => bucket[i]);
	}
	return output;
}

/** Membership ids from the beredning selects: each a positive integer, nobody twice. */
const beredningIds = () =>
	z
		.array(z.string())
		.transform((values) => values.map(Number))
		.refine((ids) => ids.every((id) => Number.isSafeInteger(id) && id > 0), {
			error: () => m.net_error_unknown_member()
		})
		.refine((ids) => new Set(ids).size === ids.length, { error: () => m.meeting_error_beredning_twice() })
		.refine((ids) => ids.length <= 10, { error: () => m.meeting_error_beredning_size() });

const meetingObject = z.object({
	title: plainText(200),
	date: isoDate(),
	start: clockTime(),
	end: clockTime(),
	isFullDay: checkbox(),
	format: format(),
	venue: optionalText(300),
	address: optionalText(300),
	onlineUrl: httpsUrl(),
	hostOrganisationId: optionalId(() => m.error_organisation_invalid()),
	beredning: beredningIds()
});

/** One meeting; the Swedish wall-clock date and times become instants (a nonexistent time is refused). */
export const meetingSchema = z.preprocess(
	(input) => collectLists(input, ['beredning']),
	meetingObject.transform((value, context) => {
		const starts = parseStockholmLocal(value.date, value.start);
		if (!starts.ok) {
			context.addIssue({ code: 'custom', path: ['start'], message: starts.error });
			return z.NEVER;
		}
		const ends = parseStockholmLocal(value.date, value.end);
		if (!ends.ok) {
			context.addIssue({ code: 'custom', path: ['end'], message: ends.error });
			return z.NEVER;
		}
		if (ends.value <= starts.value) {
			context.addIssue({ code: 'custom', path: ['end'], message: m.meeting_error_end_before_start() });
			return z.NEVER;
		}
		if (value.format !== 'digital' && !value.venue) {
			context.addIssue({ code: 'custom', path: ['venue'], message: m.meeting_error_venue_required() });
			return z.NEVER;
		}
		if (value.format !== 'physical' && !value.onlineUrl) {
			context.addIssue({ code: 'custom', path: ['onlineUrl'], message: m.meeting_error_link_required() });
			return z.NEVER;
		}
		const inPerson = value.format !== 'digital';
		return {
			title: value.title,
			startsAt: starts.value,
			endsAt: ends.value,
			isFullDay: value.isFullDay,
			format: value.format,
			venue: inPerson ? value.venue : null,
			address: inPerson ? value.address : null,
			onlineUrl: value.format === 'physical' ? null : value.onlineUrl,
			hostOrganisationId: inPerson ? value.hostOrganisationId : null,
			beredning: value.beredning
		};
	})
);

export const cancelMeetingSchema = z.object({
	reason: z
		.string()
		.trim()
		.min(1, { error: () => m.meeting_error_reason_required() })
		.max(500, { error: () => m.net_error_too_long({ max: 500 }) }),
	confirm: z.literal('on', { error: () => m.meeting_cancel_confirm_required() })
});

// ---------------------------------------------------------------------------------------------
// Term planning

/** 'HT-2026' as the term select sends it. */
const termValue = () =>
	z
		.string({ error: () => m.term_error_term() })
		.regex(/^(HT|VT)-\d{4}$/, { error: () => m.term_error_term() })
		.transform((v) => ({ season: v.slice(0, 2) as 'HT' | 'VT', year: Number(v.slice(3)) }))
		.refine((t) => t.year >= MIN_TERM_YEAR && t.year <= MAX_TERM_YEAR, { error: () => m.term_error_term() });

const minutesOf = (time: string) => parseClock(time) ?? 0;

export const termRequestSchema = z
	.object({
		term: termValue(),
		meetingCount: z
			.string()
			.trim()
			.transform((v) => (v === '' ? NaN : Number(v)))
			.refine((v) => Number.isInteger(v) && v >= 1 && v <= MAX_MEETINGS_PER_TERM, {
				error: () => m.term_error_count({ max: MAX_MEETINGS_PER_TERM })
			}),
		scheduleKind: z.enum(['weekday', 'dates'], { error: () => m.term_error_schedule() }),
		weekday: z
			.string()
			.optional()
			.transform((v) => Number(v ?? '0')),
		dates: z
			.string()
			.max(2000, { error: () => m.net_error_too_long({ max: 2000 }) })
			.optional()
			.transform((v) =>
				(v ?? '')
					.split(/[\s,;]+/)
					.map((d) => d.trim())
					.filter(Boolean)
			),
		start: clockTime(),
		end: clockTime(),
		fullDay: z
			.string()
			.optional()
			.transform((v) => (v ? Number(v) : null))
			.refine((v) => v === null || (Number.isInteger(v) && v >= 1 && v <= MAX_MEETINGS_PER_TERM), {
				error: () => m.term_error_full_day()
			}),
		fullDayStart: clockTime(),
		fullDayEnd: clockTime(),
		firstFormat: z.enum(['continue', 'digital', 'physical'], { error: () => m.term_error_first_format() }),
		includeChair: checkbox()
	})
	.superRefine((value, context) => {
		if (minutesOf(value.end) <= minutesOf(value.start)) {
			context.addIssue({ code: 'custom', path: ['end'], message: m.meeting_error_end_before_start() });
		}
		if (minutesOf(value.fullDayEnd) <= minutesOf(value.fullDayStart)) {
			context.addIssue({ code: 'custom', path: ['fullDayEnd'], message: m.meeting_error_end_before_start() });
		}
		if (value.scheduleKind === 'weekday' && !(value.weekday >= 1 && value.weekday <= 5)) {
			context.addIssue({ code: 'custom', path: ['weekday'], message: m.term_error_weekday() });
		}
		if (value.scheduleKind === 'dates') {
			const bad = value.dates.find((d) => !isIsoDate(d));
			if (value.dates.length === 0) {
				context.addIssue({ code: 'custom', path: ['dates'], message: m.term_error_dates_missing() });
			} else if (bad) {
				context.addIssue({
					code: 'custom',
					path: ['dates'],
					message: m.term_error_date_invalid({ date: bad })
				});
			}
		}
		if (value.fullDay !== null && value.meetingCount >= 1 && value.fullDay > value.meetingCount) {
			context.addIssue({ code: 'custom', path: ['fullDay'], message: m.term_error_full_day() });
		}
	});

const plannedRow = z
	.object({
		date: isoDate(),
		start: clockTime(),
		end: clockTime(),
		isFullDay: checkbox(),
		format: format(),
		beredning: beredningIds(),
		hostOrganisationId: optionalId(() => m.error_organisation_invalid()),
		venue: optionalText(300),
		address: optionalText(300)
	})
	.superRefine((row, context) => {
		if (minutesOf(row.end) <= minutesOf(row.start)) {
			context.addIssue({ code: 'custom', path: ['end'], message: m.meeting_error_end_before_start() });
		}
	});

/** The reviewed proposal: `rows.0.date`, `rows.0.beredning.0` … */
export const termSaveSchema = z.preprocess(
	(input) => {
		const grouped = collectLists(input, ['rows']);
		grouped.rows = (grouped.rows as Record<string, unknown>[]).map((row) => collectLists(row, ['beredning']));
		return grouped;
	},
	z.object({
		term: termValue(),
		rows: z.array(plannedRow).min(1, { error: () => m.term_error_no_meetings() })
	})
);
