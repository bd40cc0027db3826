/**
 * Running start times of an agenda ("ca tid"): each item starts when the one before it ends,
 * beginning at the meeting's start, unless its start is pinned (a guest who can only come at
 * 10.10, lunch at 12.00). Pure and time-zone free: times are Swedish wall-clock minutes after
 * midnight, converted from the meeting's instant by the caller (stockholm-time.ts), so a server
 * running in UTC shows the same "ca 09.00" as one in Stockholm.
 *
 * The rule for pinned ("fast tid") starts, the same in the editor, the meeting page, the print
 * view, the kallelse and the calendar feeds, since all of them take their times from here:
 * - running times never go backwards: a pinned item whose time comes before the item ahead of
 *   it ends starts when that item ends, and is flagged (`overlapMinutes`) so the editor can say
 *   which item to shorten and the views can mark the time as moved;
 * - a pinned time keeps its distance from the meeting's start: moving the meeting from 09.00 to
 *   13.00 moves lunch from 12.00 to 16.00 ({@link shiftPinnedStart}, applied when a meeting is
 *   moved or an agenda is copied to another meeting).
 */

export interface TimedInput {
	durationMinutes: number;
	/** 'HH:MM' (or 'HH.MM'), or null to follow the previous item. */
	pinnedStart: string | null;
}

export interface TimedItem {
	/** Minutes after midnight; never before the previous item's end. */
	start: number;
	end: number;
	pinned: boolean;
	/** The pinned time asked for (minutes after midnight), or null when the item is not pinned. */
	pinnedAt: number | null;
	/**
	 * Minutes the item before runs past this pinned item's time, so that it starts this much later
	 * than pinned (the agenda needs shortening); 0 when it fits.
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
 * meeting day. A pinned start later than the previous item's end leaves a gap; one earlier than
 * that end (or than the meeting's start) cannot be kept: the item starts when the previous one
 * ends and the overlap is reported, so the page can say which item to shorten.
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
		const itemStart = pinned === null ? cursor : Math.max(pinned, cursor);
		const overlapMinutes = pinned !== null && pinned < cursor ? cursor - pinned : 0;
		cursor = itemStart + duration;
		return { start: itemStart, end: cursor, pinned: pinned !== null, pinnedAt: pinned, overlapMinutes };
	});
	const end = timed.reduce((latest, item) => Math.max(latest, item.end), start);
	return {
		items: timed,
		end,
		overrunMinutes: plannedEnd !== null && end > plannedEnd ? end - plannedEnd : 0
	};
}

/**
 * A pinned start ('HH:MM') after its meeting moved from `fromStart` to `toStart` (or after the
 * agenda was copied from a meeting starting at `fromStart` to one starting at `toStart`): it keeps
 * its distance from the meeting's start, staying within the day (00:00–23:59). The date does not
 * matter, only the time of day.
 */
export function shiftPinnedStart(pinnedStart: string, fromStart: string, toStart: string): string {
	const pinned = parseClock(pinnedStart);
	const from = parseClock(fromStart);
	const to = parseClock(toStart);
	if (pinned === null || from === null || to === null) {
		throw new RangeError(`Ogiltig tid: ${[pinnedStart, fromStart, toStart].join(', ')}`);
	}
	return formatClock(Math.min(1439, Math.max(0, pinned + to - from)), ':');
}

/**
 * Numbers as the seeds print them: items are numbered 1, 2, 3 … in order, breaks ("PAUS") are not.
 */
export function itemNumbers(kinds: readonly string[]): (number | null)[] {
	let next = 1;
	return kinds.map((kind) => (kind === 'break' ? null : next++));
}
