/**
 * Running start times of an agenda ("ca tid"): each item starts when the one before it ends,
 * beginning at the meeting's start, unless its start is pinned (a guest who can only come at
 * 10.10, lunch at 12.00). Pure and time-zone free: times are Swedish wall-clock minutes after
 * midnight, converted from the meeting's instant by the caller (stockholm-time.ts), so a server
 * running in UTC shows the same "ca 09.00" as one in Stockholm.
 */

export interface TimedInput {
	durationMinutes: number;
	/** 'HH:MM' (or 'HH.MM'), or null to follow the previous item. */
	pinnedStart: string | null;
}

export interface TimedItem {
	/** Minutes after midnight. */
	start: number;
	end: number;
	pinned: boolean;
	/**
	 * Minutes this pinned item starts before the previous item ends (the agenda needs shortening);
	 * 0 when it fits.
	 */
	overlapMinutes: number;
}

export interface AgendaTiming {
	items: TimedItem[];
	/** When the last item ends (the meeting start for an empty agenda). */
	end: number;
	/** Minutes the agenda runs past the meeting's planned end; 0 when it fits. */
	overrunMinutes: number;
}

const TIME = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/;

/** Minutes after midnight of 'HH:MM', 'HH.MM' or 'HH:MM:SS'; null when it is not a time of day. */
export function parseClock(value: string): number | null {
	const match = TIME.exec(value.trim());
	if (!match) return null;
	const hours = Number(match[1]);
	const minutes = Number(match[2]);
	if (hours > 23 || minutes > 59) return null;
	return hours * 60 + minutes;
}

/** '09.30' (Swedish) or '09:30' with separator ':'. Past midnight wraps, as a clock does. */
export function formatClock(minutes: number, separator: '.' | ':' = '.'): string {
	const wrapped = ((Math.round(minutes) % 1440) + 1440) % 1440;
	return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}${separator}${String(wrapped % 60).padStart(2, '0')}`;
}

/**
 * Start and end of every item. `meetingStart`/`meetingEnd` are wall-clock times ('HH:MM') of the
 * meeting day. A pinned start earlier than the previous item's end is kept as pinned (the organiser
 * asked for it) and the overlap is reported, so the page can say which item to shorten.
 */
export function agendaTimes(
	meetingStart: string,
	items: readonly TimedInput[],
	meetingEnd: string | null = null
): AgendaTiming {
	const start = parseClock(meetingStart);
	if (start === null) throw new RangeError(`Ogiltig starttid: ${meetingStart}`);
	const plannedEnd = meetingEnd === null ? null : parseClock(meetingEnd);

	let cursor = start;
	const timed = items.map((item): TimedItem => {
		const pinned = item.pinnedStart === null ? null : parseClock(item.pinnedStart);
		const duration = Math.max(0, Math.round(item.durationMinutes));
		const itemStart = pinned ?? cursor;
		const overlapMinutes = pinned !== null && pinned < cursor ? cursor - pinned : 0;
		cursor = itemStart + duration;
		return { start: itemStart, end: cursor, pinned: pinned !== null, overlapMinutes };
	});
	const end = timed.reduce((latest, item) => Math.max(latest, item.end), start);
	return {
		items: timed,
		end,
		overrunMinutes: plannedEnd !== null && end > plannedEnd ? end - plannedEnd : 0
	};
}

/**
 * Numbers as the seeds print them: items are numbered 1, 2, 3 … in order, breaks ("PAUS") are not.
 */
export function itemNumbers(kinds: readonly string[]): (number | null)[] {
	let next = 1;
	return kinds.map((kind) => (kind === 'break' ? null : next++));
}
