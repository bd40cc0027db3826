/** Swedish (or English) words for the codes of networks, meetings and agendas. */
import { formatClock } from '#lib/domain/networks/agenda-times.ts';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export const AGENDA_KINDS = ['information', 'discussion', 'decision', 'work', 'break'] as const;

export function agendaKindLabel(kind: string): string {
	switch (kind) {
		case 'information':
			return m.agenda_kind_information();
		case 'discussion':
			return m.agenda_kind_discussion();
		case 'decision':
			return m.agenda_kind_decision();
		case 'work':
			return m.agenda_kind_work();
		default:
			return m.agenda_kind_break();
	}
}

/** The letter the seeds print in the Typ column: [I], [D], [B], [A]; breaks have none. */
export function agendaKindCode(kind: string): string {
	switch (kind) {
		case 'information':
			return m.agenda_code_information();
		case 'discussion':
			return m.agenda_code_discussion();
		case 'decision':
			return m.agenda_code_decision();
		case 'work':
			return m.agenda_code_work();
		default:
			return '';
	}
}

export function meetingStatusLabel(status: string): string {
	return status === 'confirmed'
		? m.meeting_status_confirmed()
		: status === 'cancelled'
			? m.meeting_cancelled()
			: m.meeting_status_planned();
}

export function organisationKindLabel(kind: string): string {
	switch (kind) {
		case 'municipality':
			return m.net_org_kind_municipality();
		case 'federation':
			return m.net_org_kind_federation();
		case 'region':
			return m.net_org_kind_region();
		case 'agency':
			return m.net_org_kind_agency();
		case 'university':
			return m.net_org_kind_university();
		default:
			return m.net_org_kind_other();
	}
}

/** Minutes after midnight as Swedes write them (09.30), or 09:30 in English. */
export function clock(minutes: number): string {
	return formatClock(minutes, getLocale() === 'en' ? ':' : '.');
}

/** "ca 09.30" */
export function approxTime(minutes: number): string {
	return m.agenda_about_time({ time: clock(minutes) });
}

/**
 * "ca 09.30", with " (fast tid)" for a pinned item, or " (fast tid 10.30, förskjuten)" when the
 * items before run past its fixed time and it starts later (agenda-times.ts).
 */
export function agendaTimeLabel(item: {
	start: number;
	pinned?: boolean;
	pinnedAt?: number | null;
	overlapMinutes?: number;
}): string {
	if (!item.pinned) return approxTime(item.start);
	if (item.overlapMinutes && item.pinnedAt !== null && item.pinnedAt !== undefined) {
		return `${approxTime(item.start)} (${m.agenda_pinned_late({ time: clock(item.pinnedAt) })})`;
	}
	return `${approxTime(item.start)} (${m.agenda_pinned_short()})`;
}

/** "1 tim 15 min", "45 min" */
export function durationLabel(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return m.agenda_minutes({ minutes: rest });
	if (rest === 0) return m.agenda_hours({ hours });
	return m.agenda_hours_minutes({ hours, minutes: rest });
}

export function weekdayLabel(weekday: number): string {
	return [m.term_weekday_1(), m.term_weekday_2(), m.term_weekday_3(), m.term_weekday_4(), m.term_weekday_5()][
		weekday - 1
	]!;
}
