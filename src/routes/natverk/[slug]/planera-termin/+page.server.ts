import { fail, redirect } from '@sveltejs/kit';
import { formatTermLabel, nextTerm, termWindow, type Term } from '#lib/domain/networks/term-planning.ts';
import { m } from '#lib/paraglide/messages.js';
import { termRequestSchema, termSaveSchema } from '#lib/schemas/meetings.ts';
import { failure, formValues, parseForm } from '#lib/server/platform/forms.ts';
import * as networks from '#lib/server/networks/networks.ts';
import { guardNetwork } from '#lib/server/networks/guards.ts';
import * as terms from '#lib/server/networks/terms.ts';
import type { Actions, PageServerLoad } from './$types';

/** The term running today (if it is not over) and the three after it. */
function termOptions(today: string): Term[] {
	const year = Number(today.slice(0, 4));
	let term: Term = Number(today.slice(5, 7)) >= 8 ? { season: 'HT', year } : { season: 'VT', year };
	if (termWindow(term).end < today) term = nextTerm(term);
	const options = [term];
	while (options.length < 4) options.push(nextTerm(options.at(-1)!));
	return options;
}

const termValue = (term: Term) => `${term.season}-${term.year}`;

async function loadLists(networkId: number) {
	const [members, organisations] = await Promise.all([
		networks.listCurrentMembers(networkId),
		networks.listOrganisations()
	]);
	return { members: members.filter((member) => member.role !== 'substitute'), organisations };
}

export const load: PageServerLoad = async (event) => {
	const { network } = await guardNetwork(event, 'manage');
	const today = networks.stockholmToday();
	const options = termOptions(today);
	return {
		network,
		...(await loadLists(network.id)),
		terms: options.map((term) => ({
			value: termValue(term),
			label: formatTermLabel(term),
			window: termWindow(term)
		})),
		defaults: {
			// the coming term: planning usually happens the term before
			term: termValue(options[1]!),
			meetingCount: '4',
			scheduleKind: 'weekday',
			weekday: '2',
			start: network.defaultStart,
			end: network.defaultEnd,
			fullDay: '',
			fullDayStart: '09:00',
			fullDayEnd: '16:00',
			firstFormat: 'continue',
			includeChair: network.includeChairInBeredning ? 'on' : ''
		} as Record<string, string>
	};
};

/** The planner names its input fields; the form's fields are named a little differently. */
const FIELDS: [RegExp, string][] = [
	[/^time\.start/, 'start'],
	[/^time\.end/, 'end'],
	[/^fullDayTime\.start/, 'fullDayStart'],
	[/^fullDayTime\.end/, 'fullDayEnd'],
	[/^schedule\.dates/, 'dates'],
	[/^schedule\.weekday/, 'weekday'],
	[/^schedule/, 'scheduleKind'],
	[/^meetingCount/, 'meetingCount'],
	[/^fullDayIndex/, 'fullDay'],
	[/^(firstFormat|previousTermLastFormat)/, 'firstFormat'],
	[/^(term|window|today)/, 'term']
];

/** The proposal as flat form values (`rows.0.date` …), so the review form can be edited and sent. */
function rowValues(plan: terms.TermPlan, beredningSize: number): Record<string, string> {
	const values: Record<string, string> = {};
	plan.meetings.forEach((meeting, i) => {
		const row = `rows.${i}`;
		values[`${row}.date`] = meeting.date;
		values[`${row}.start`] = meeting.start;
		values[`${row}.end`] = meeting.end;
		values[`${row}.isFullDay`] = meeting.isFullDay ? 'on' : '';
		values[`${row}.format`] = meeting.format;
		values[`${row}.hostOrganisationId`] = meeting.hostOrganisationId
			? String(meeting.hostOrganisationId)
			: '';
		values[`${row}.venue`] = meeting.venue ?? '';
		values[`${row}.address`] = meeting.address ?? '';
		for (let slot = 0; slot < Math.max(beredningSize, meeting.beredning.length); slot++) {
			values[`${row}.beredning.${slot}`] = meeting.beredning[slot] ? String(meeting.beredning[slot]) : '';
		}
	});
	return values;
}

export const actions: Actions = {
	/** Runs the planner and shows its proposal for review; nothing is stored yet. */
	propose: async (event) => {
		const { network } = await guardNetwork(event, 'manage');
		const parsed = await parseForm(event.request, termRequestSchema);
		if (!parsed.ok) return parsed.failure;
		const input = parsed.data;
		const result = await terms.proposeTerm(
			network,
			{
				term: input.term,
				meetingCount: input.meetingCount,
				schedule:
					input.scheduleKind === 'weekday'
						? { kind: 'weekday', weekday: input.weekday }
						: { kind: 'dates', dates: input.dates },
				time: { start: input.start, end: input.end },
				fullDayIndex: input.fullDay === null ? null : input.fullDay - 1,
				fullDayTime: { start: input.fullDayStart, end: input.fullDayEnd },
				firstFormat: input.firstFormat,
				includeChairInBeredning: input.includeChair
			},
			networks.stockholmToday()
		);
		if (!result.ok) {
			const errors: Record<string, string> = {};
			const other: string[] = [];
			for (const { field, message } of result.errors) {
				const name = FIELDS.find(([pattern]) => pattern.test(field))?.[1];
				if (name) errors[name] ??= message;
				else other.push(message);
			}
			return fail(400, {
				values: formValues(parsed.formData),
				errors,
				message: other.length > 0 ? other.join(' ') : undefined
			});
		}
		const plan = result.value;
		const slots = Math.max(
			network.beredningSize,
			...plan.meetings.map((meeting) => meeting.beredning.length)
		);
		return {
			values: formValues(parsed.formData),
			proposal: {
				term: termValue(input.term),
				label: plan.label,
				window: plan.window,
				warnings: plan.warnings,
				notes: plan.meetings.map((meeting) => meeting.notes),
				numbers: plan.meetings.map((meeting) => meeting.index + 1),
				heldMeetings: plan.heldMeetings,
				replaceable: plan.replaceable,
				count: plan.meetings.length,
				slots,
				rows: rowValues(plan, slots)
			}
		};
	},
	/** Stores the reviewed proposal: new meetings, the term's later meetings updated, extra ones cancelled. */
	save: async (event) => {
		const { network } = await guardNetwork(event, 'manage');
		const parsed = await parseForm(event.request, termSaveSchema);
		const reshow = (values: Record<string, string>) => ({
			term: values.term ?? '',
			label: (values.term ?? '').replace('-', ' '),
			window: null,
			warnings: [],
			notes: [],
			numbers: [],
			heldMeetings: [],
			replaceable: [],
			count: Number(values.rowCount ?? '0'),
			slots: Number(values.slots ?? String(network.beredningSize)),
			rows: values
		});
		if (!parsed.ok) {
			const data = parsed.failure.data;
			return fail(400, { ...data, message: m.net_form_has_errors(), proposal: reshow(data.values) });
		}
		const outcome = await terms.saveTerm(
			network,
			parsed.data.term,
			parsed.data.rows,
			networks.stockholmToday(),
			m.term_replanned_reason()
		);
		if (!outcome.ok) {
			const values = formValues(parsed.formData);
			return failure(outcome, parsed.formData, { proposal: reshow(values) });
		}
		const { created, updated, cancelled } = outcome.value;
		redirect(
			303,
			`/natverk/${network.slug}?planerad=${encodeURIComponent(formatTermLabel(parsed.data.term))}&nya=${created.length}&andrade=${updated.length}&installda=${cancelled.length}`
		);
	}
};
