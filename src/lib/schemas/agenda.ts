/** Schemas of the agenda forms: items, guests, order, copying, standing items. */
import { z } from 'zod';
import { m } from '#lib/paraglide/messages.js';
import { parseClock } from '#lib/domain/networks/agenda-times.ts';
import { checkbox, plainText, requiredId, requiredText } from './networks.ts';

export const AGENDA_KINDS = ['information', 'discussion', 'decision', 'work', 'break'] as const;

const kind = () => z.enum(AGENDA_KINDS, { error: () => m.agenda_error_kind() });

const duration = () =>
	z
		.string()
		.trim()
		.transform((v) => (v === '' ? NaN : Number(v)))
		.refine((v) => Number.isInteger(v) && v >= 0 && v <= 480, { error: () => m.agenda_error_duration() });

const pinnedStart = () =>
	z
		.string()
		.trim()
		.optional()
		.refine((v) => !v || parseClock(v) !== null, { error: () => m.net_error_time() })
		.transform((v) => {
			if (!v) return null;
			const minutes = parseClock(v)!;
			return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
		});

/** Checkboxes named `responsible.<membership id>` become a list of ids. */
function gatherResponsibles(input: unknown): Record<string, unknown> {
	const source = (input ?? {}) as Record<string, unknown>;
	const output: Record<string, unknown> = {};
	const responsibles: string[] = [];
	for (const [key, value] of Object.entries(source)) {
		if (key.startsWith('responsible.')) {
			if (value === 'on') responsibles.push(key.slice('responsible.'.length));
		} else output[key] = value;
	}
	output.responsibles = responsibles;
	return output;
}

export const agendaItemSchema = z.preprocess(
	gatherResponsibles,
	z.object({
		kind: kind(),
		title: requiredText(200, () => m.agenda_error_title_required()),
		description: plainText(4000),
		durationMinutes: duration(),
		pinnedStart: pinnedStart(),
		responsibles: z
			.array(z.string())
			.transform((values) => values.map(Number))
			.refine((ids) => ids.every((id) => Number.isSafeInteger(id) && id > 0), {
				error: () => m.net_error_unknown_member()
			})
			.refine((ids) => ids.length <= 20, { error: () => m.agenda_error_too_many_responsibles() })
	})
);

export const guestSchema = z.object({
	name: requiredText(120, () => m.error_name_required()),
	organisation: plainText(200),
	email: z
		.string()
		.trim()
		.toLowerCase()
		.min(1, { error: () => m.agenda_error_guest_email_required() })
		.max(254, { error: () => m.error_email_invalid() })
		.pipe(z.email({ error: () => m.error_email_invalid() })),
	isResponsible: checkbox()
});

export const moveSchema = z.object({
	id: requiredId(() => m.agenda_error_item_gone()),
	direction: z.enum(['up', 'down'], { error: () => m.agenda_error_direction() })
});

/** The whole order as drag and drop sends it: item ids, comma separated, each once. */
export const reorderSchema = z.object({
	order: z
		.string({ error: () => m.agenda_error_changed_meanwhile() })
		.max(2000)
		.transform((v) =>
			v
				.split(',')
				.map((id) => id.trim())
				.filter(Boolean)
				.map(Number)
		)
		.refine((ids) => ids.length > 0 && ids.every((id) => Number.isSafeInteger(id) && id > 0), {
			error: () => m.agenda_error_changed_meanwhile()
		})
		.refine((ids) => new Set(ids).size === ids.length, { error: () => m.agenda_error_duplicate_position() })
});

export const copyAgendaSchema = z
	.object({
		from: requiredId(() => m.agenda_error_copy_source()),
		mode: z.enum(['append', 'replace'], { error: () => m.agenda_error_copy_mode() }),
		confirm: checkbox()
	})
	.refine((v) => v.mode !== 'replace' || v.confirm, {
		path: ['confirm'],
		error: () => m.agenda_copy_confirm_required()
	});

export const deleteItemSchema = z.object({
	confirm: z.literal('on', { error: () => m.agenda_delete_confirm_required() })
});

export const standingItemSchema = z.object({
	kind: kind(),
	title: requiredText(200, () => m.agenda_error_title_required()),
	description: plainText(4000),
	durationMinutes: duration(),
	listsActionItems: checkbox()
});
