/**
 * Term planning ("Planera termin"): loads what the pure planner (domain/networks/term-planning.ts) needs
 * from the database, and stores a reviewed proposal as meetings.
 *
 * Continuing across terms: the alternation continues from the last meeting before the term, and
 * the beredning and host rotations replay every earlier meeting. Meetings already planned for
 * earlier terms count as history too (the planner is told "today" is the day of the last of them),
 * so planning next spring in November continues from the autumn's planned groups.
 *
 * Re-planning a term never touches meetings that already happened (on or before today): the
 * term's later meetings are updated in date order (keeping their numbers and agendas), new ones
 * are added with the next numbers, and any left over are cancelled, visibly, with a reason.
 */
import { m } from '#lib/paraglide/messages.js';
import { sql, type TransactionSql } from '../platform/db.ts';
import { createMeeting, updateMeeting, type MeetingFormat, type MeetingInput } from './meetings.ts';
import type { Network } from './networks.ts';
import { done, refused, type Outcome } from '../platform/result.ts';
import {
	formatTermLabel,
	planTerm,
	termWindow,
	type BeredningAssignment,
	type FirstFormat,
	type HeldMeeting,
	type HostAssignment,
	type Member as PlannerMember,
	type MeetingSchedule,
	type Result,
	type Term,
	type TermProposal,
	type TimeRange
} from '../../domain/networks/term-planning.ts';
import { parseStockholmLocal } from '../../domain/platform/stockholm-time.ts';

export interface TermPlanRequest {
	term: Term;
	meetingCount: number;
	schedule: MeetingSchedule;
	time: TimeRange;
	fullDayIndex: number | null;
	fullDayTime: TimeRange;
	firstFormat: FirstFormat;
	includeChairInBeredning: boolean;
}

export interface TermMeeting {
	id: number;
	number: number;
	date: string;
	format: MeetingFormat;
	status: string;
}

export interface PlanningContext {
	/** The date the planner plans after: today, or the last meeting planned before the term. */
	plannerToday: string;
	members: PlannerMember[];
	held: HeldMeeting[];
	/** This term's meetings on or before today: kept as they are. */
	heldMeetings: TermMeeting[];
	/** This term's later meetings: a new plan replaces them. */
	replaceable: TermMeeting[];
	previousTermLastFormat: 'digital' | 'physical' | null;
	beredningHistory: BeredningAssignment[];
	hostHistory: HostAssignment[];
	venues: Record<string, string>;
	addresses: Record<string, string>;
}

/** Hybrid meetings are in person with a link, so for the alternation they count as physical. */
const plannerFormat = (format: MeetingFormat): 'digital' | 'physical' =>
	format === 'digital' ? 'digital' : 'physical';

const localDate = () => sql`(m.starts_at at time zone 'Europe/Stockholm')::date`;

export async function planningContext(network: Network, term: Term, today: string): Promise<PlanningContext> {
	const window = termWindow(term);
	const [{ lastBefore }] = await sql<{ lastBefore: string | null }[]>`
		select max(${localDate()}) as last_before from meetings m
		where m.network_id = ${network.id} and m.status <> 'cancelled' and ${localDate()} < ${window.start}::date`;
	const plannerToday = lastBefore && lastBefore > today ? lastBefore : today;

	const [memberships, termMeetings, previous, history, hosts, organisations] = await Promise.all([
		sql<
			{
				id: number;
				organisationId: number | null;
				role: 'chair' | 'secretary' | 'member';
				joinedOn: string;
				leftOn: string | null;
			}[]
		>`
			select id, organisation_id, role, joined_on, left_on from network_memberships
			where network_id = ${network.id} and role <> 'substitute' and (left_on is null or left_on > joined_on)
			order by joined_on, id`,
		sql<TermMeeting[]>`
			select m.id, m.number, to_char(${localDate()}, 'YYYY-MM-DD') as date, m.format, m.status
			from meetings m
			where m.network_id = ${network.id} and m.status <> 'cancelled'
				and ${localDate()} between ${window.start}::date and ${window.end}::date
			order by m.starts_at`,
		sql<{ format: MeetingFormat }[]>`
			select m.format from meetings m
			where m.network_id = ${network.id} and m.status <> 'cancelled' and ${localDate()} < ${window.start}::date
			order by m.starts_at desc limit 1`,
		sql<{ date: string; memberIds: string[] }[]>`
			select to_char(${localDate()}, 'YYYY-MM-DD') as date, array_agg(b.membership_id::text order by b.membership_id) as member_ids
			from meetings m join meeting_beredning b on b.meeting_id = m.id
			where m.network_id = ${network.id} and m.status <> 'cancelled' and ${localDate()} <= ${plannerToday}::date
			group by m.id order by m.starts_at`,
		sql<{ date: string; organisationId: number }[]>`
			select to_char(${localDate()}, 'YYYY-MM-DD') as date, m.host_organisation_id as organisation_id
			from meetings m
			where m.network_id = ${network.id} and m.status <> 'cancelled' and m.format <> 'digital'
				and m.host_organisation_id is not null and ${localDate()} <= ${plannerToday}::date
			order by m.starts_at`,
		sql<{ id: number; meetingVenue: string | null; meetingAddress: string | null }[]>`
			select distinct o.id, o.meeting_venue, o.meeting_address from organisations o
			join network_memberships nm on nm.organisation_id = o.id and nm.network_id = ${network.id}`
	]);

	const heldMeetings = termMeetings.filter((meeting) => meeting.date <= today);
	return {
		plannerToday,
		members: memberships.map((membership) => ({
			id: String(membership.id),
			organisationId: membership.organisationId === null ? null : String(membership.organisationId),
			role: membership.role,
			joinedOn: membership.joinedOn,
			leftOn: membership.leftOn
		})),
		held: heldMeetings.map((meeting) => ({ date: meeting.date, format: plannerFormat(meeting.format) })),
		heldMeetings,
		replaceable: termMeetings.filter((meeting) => meeting.date > today),
		previousTermLastFormat: previous[0] ? plannerFormat(previous[0].format) : null,
		beredningHistory: history,
		hostHistory: hosts.map((host) => ({ date: host.date, organisationId: String(host.organisationId) })),
		venues: Object.fromEntries(
			organisations.filter((o) => o.meetingVenue).map((o) => [String(o.id), o.meetingVenue!])
		),
		addresses: Object.fromEntries(
			organisations.filter((o) => o.meetingAddress).map((o) => [String(o.id), o.meetingAddress!])
		)
	};
}

/** A meeting of the proposal as the review form shows it: ids as numbers, the host's address added. */
export interface ProposedMeeting {
	index: number;
	date: string;
	start: string;
	end: string;
	isFullDay: boolean;
	format: 'digital' | 'physical';
	beredning: number[];
	hostOrganisationId: number | null;
	venue: string | null;
	address: string | null;
	notes: string[];
}

export interface TermPlan {
	label: string;
	window: { start: string; end: string };
	meetings: ProposedMeeting[];
	warnings: string[];
	heldMeetings: TermMeeting[];
	replaceable: TermMeeting[];
}

/** Runs the planner for a network. Validation errors come back per field, in Swedish. */
export async function proposeTerm(
	network: Network,
	request: TermPlanRequest,
	today: string
): Promise<Result<TermPlan>> {
	const context = await planningContext(network, request.term, today);
	const result: Result<TermProposal> = planTerm({
		term: request.term,
		today: context.plannerToday,
		meetingCount: request.meetingCount,
		schedule: request.schedule,
		time: request.time,
		fullDayIndex: request.fullDayIndex,
		fullDayTime: request.fullDayTime,
		firstFormat: request.firstFormat,
		previousTermLastFormat: context.previousTermLastFormat,
		members: context.members,
		includeChairInBeredning: request.includeChairInBeredning,
		beredningSize: network.beredningSize,
		beredningHistory: context.beredningHistory,
		hostHistory: context.hostHistory,
		venues: context.venues,
		heldMeetings: context.held
	});
	if (!result.ok) return result;
	return {
		ok: true,
		value: {
			label: result.value.label,
			window: result.value.window,
			warnings: result.value.warnings,
			heldMeetings: context.heldMeetings,
			replaceable: context.replaceable,
			meetings: result.value.proposals.map((proposal) => ({
				index: proposal.index,
				date: proposal.date,
				start: proposal.start,
				end: proposal.end,
				isFullDay: proposal.isFullDay,
				format: proposal.format,
				beredning: proposal.beredning.map(Number),
				hostOrganisationId: proposal.hostOrganisationId === null ? null : Number(proposal.hostOrganisationId),
				venue: proposal.venue,
				address:
					proposal.hostOrganisationId === null
						? null
						: (context.addresses[proposal.hostOrganisationId] ?? null),
				notes: proposal.notes
			}))
		}
	};
}

export interface PlannedMeetingInput {
	date: string;
	start: string;
	end: string;
	isFullDay: boolean;
	format: MeetingFormat;
	beredning: number[];
	hostOrganisationId: number | null;
	venue: string | null;
	address: string | null;
}

export interface SavedTerm {
	created: number[];
	updated: number[];
	cancelled: number[];
}

class Refusal extends Error {
	readonly outcome: Outcome<never>;
	constructor(outcome: Outcome<never>) {
		super(outcome.ok ? '' : outcome.message);
		this.outcome = outcome;
	}
}

/**
 * Stores a reviewed plan: one transaction, the network row locked so numbering and a concurrent
 * re-plan wait. `cancelReason` is the (Swedish) reason given to meetings the new plan drops.
 */
export async function saveTerm(
	network: Network,
	term: Term,
	rows: readonly PlannedMeetingInput[],
	today: string,
	cancelReason: string
): Promise<Outcome<SavedTerm>> {
	const window = termWindow(term);
	const label = formatTermLabel(term);
	if (rows.length === 0) return refused(m.term_error_no_meetings(), 'rows');
	const inputs: MeetingInput[] = [];
	for (const [i, row] of rows.entries()) {
		if (row.date <= today) return refused(m.term_error_date_past({ date: row.date }), `rows.${i}.date`);
		if (row.date < window.start || row.date > window.end) {
			return refused(
				m.term_error_date_outside({ date: row.date, term: label, start: window.start, end: window.end }),
				`rows.${i}.date`
			);
		}
		const starts = parseStockholmLocal(row.date, row.start);
		if (!starts.ok) return refused(starts.error, `rows.${i}.start`);
		const ends = parseStockholmLocal(row.date, row.end);
		if (!ends.ok) return refused(ends.error, `rows.${i}.end`);
		if (ends.value <= starts.value) return refused(m.meeting_error_end_before_start(), `rows.${i}.end`);
		const inPerson = row.format !== 'digital';
		inputs.push({
			title: '',
			startsAt: starts.value,
			endsAt: ends.value,
			isFullDay: row.isFullDay,
			format: row.format,
			venue: inPerson ? row.venue : null,
			address: inPerson ? row.address : null,
			onlineUrl: row.format === 'physical' ? null : network.defaultOnlineUrl,
			hostOrganisationId: inPerson ? row.hostOrganisationId : null,
			beredning: row.beredning
		});
	}
	const order = inputs
		.map((input, i) => ({ input, i }))
		.sort((a, b) => +a.input.startsAt - +b.input.startsAt);

	try {
		return await sql.begin(async (tx: TransactionSql) => {
			await tx`select id from networks where id = ${network.id} for update`;
			const replaceable = await tx<{ id: number; title: string }[]>`
				select m.id, m.title from meetings m
				where m.network_id = ${network.id} and m.status <> 'cancelled'
					and ${localDate()} > ${today}::date
					and ${localDate()} between ${window.start}::date and ${window.end}::date
				order by m.starts_at
				for update`;
			const saved: SavedTerm = { created: [], updated: [], cancelled: [] };
			for (const [k, { input, i }] of order.entries()) {
				const existing = replaceable[k];
				const outcome = existing
					? await updateMeeting(existing.id, { ...input, title: existing.title }, tx)
					: await createMeeting(network.id, input, tx);
				if (!outcome.ok) {
					throw new Refusal(refused(outcome.message, `rows.${i}.${outcome.field ?? 'date'}`, outcome.status));
				}
				(existing ? saved.updated : saved.created).push(outcome.value.number);
			}
			for (const leftover of replaceable.slice(order.length)) {
				const [{ number }] = await tx<{ number: number }[]>`
					update meetings set status = 'cancelled', cancelled_at = now(), cancel_reason = ${cancelReason},
						sequence = sequence + 1, updated_at = now()
					where id = ${leftover.id} returning number`;
				saved.cancelled.push(number);
			}
			return done(saved);
		});
	} catch (error) {
		if (error instanceof Refusal) return error.outcome;
		throw error;
	}
}
