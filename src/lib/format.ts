/** Dates and times are always shown in Swedish local time, whatever the server's clock says. */
import { getLocale } from '#lib/paraglide/runtime.js';

export const TIME_ZONE = 'Europe/Stockholm';

const intlLocale = () => (getLocale() === 'en' ? 'en-GB' : 'sv-SE');

function toDate(value: Date | string): Date {
	// a plain 'YYYY-MM-DD' is a calendar date: read it at noon UTC so no zone moves it to another day
	return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
		? new Date(`${value}T12:00:00Z`)
		: new Date(value);
}

export function formatDate(value: Date | string, style: 'long' | 'short' = 'long'): string {
	return new Intl.DateTimeFormat(intlLocale(), {
		timeZone: TIME_ZONE,
		...(style === 'long'
			? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
			: { year: 'numeric', month: '2-digit', day: '2-digit' })
	}).format(toDate(value));
}

/** "09.30" in Swedish, "09:30" in English. */
export function formatTime(value: Date | string): string {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: TIME_ZONE,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(new Date(value));
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
	return `${get('hour')}${getLocale() === 'en' ? ':' : '.'}${get('minute')}`;
}

export function formatDateTime(value: Date | string): string {
	return `${formatDate(value, 'short')} ${formatTime(value)}`;
}

export function formatTimeRange(start: Date | string, end: Date | string): string {
	return `${formatTime(start)}–${formatTime(end)}`;
}

/** The ISO calendar date in Stockholm, for <time datetime>. */
export function isoDate(value: Date | string): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(toDate(value));
}
