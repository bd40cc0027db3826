/**
 * Lays out one day of the programme as a time × room grid: one column per room (after a column of
 * times), one row per time step. Used by the public programme (a CSS grid on wide screens) and by
 * the organisers' editor, where the same arithmetic turns a pointer position or a key press into a
 * new time and room. Pure: no DOM, no I/O.
 *
 * Sessions without a room (joint plenary, breaks across all rooms) span every room column.
 * Sessions that overlap in one room (a conflict the organiser has not fixed yet) are put side by
 * side in "lanes" so neither hides the other.
 */
import type { ConferenceDay, LocalDateTime, LocalTime, Room, Session } from './programme.ts';

export interface GridItem<S extends Session> {
	session: S;
	/** CSS grid lines, 1-based; row 1 is the room header, column 1 the times. */
	rowStart: number;
	rowEnd: number;
	columnStart: number;
	columnEnd: number;
	/** Position among sessions overlapping in the same room, 0-based, and how many there are. */
	lane: number;
	lanes: number;
}

export interface GridDay<S extends Session> {
	date: string;
	/** The first and last time shown: the day window, widened to whole hours and to every session. */
	start: LocalTime;
	end: LocalTime;
	stepMinutes: number;
	/** Number of time rows (not counting the header row). */
	rows: number;
	rooms: Room[];
	items: Array<GridItem<S>>;
	/** Time labels on whole and half hours, with the grid row they start. */
	marks: Array<{ time: LocalTime; row: number; hour: boolean }>;
}

export function minutesOf(time: LocalTime): number {
	return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function timeOf(minutes: number): LocalTime {
	const clamped = Math.max(0, Math.min(24 * 60 - 1, minutes));
	return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/** Minutes since midnight of `date` for a local date-time, so a time after midnight counts on. */
function minutesFrom(date: string, value: LocalDateTime): number {
	const days = Math.round(
		(Date.parse(`${value.slice(0, 10)}T00:00Z`) - Date.parse(`${date}T00:00Z`)) / 86_400_000
	);
	return days * 24 * 60 + minutesOf(value.slice(11, 16));
}

export function layoutDay<S extends Session>(
	day: ConferenceDay,
	rooms: readonly Room[],
	sessions: readonly S[],
	stepMinutes = 5
): GridDay<S> {
	const ofDay = sessions.filter((session) => session.startsAt.slice(0, 10) === day.date);
	let first = minutesOf(day.start);
	let last = minutesOf(day.end);
	for (const session of ofDay) {
		first = Math.min(first, minutesFrom(day.date, session.startsAt));
		last = Math.max(last, Math.min(24 * 60, minutesFrom(day.date, session.endsAt)));
	}
	first = Math.floor(first / 60) * 60;
	last = Math.min(24 * 60, Math.ceil(last / 60) * 60);
	const rows = Math.max(1, Math.ceil((last - first) / stepMinutes));
	const columnOf = new Map(rooms.map((room, index) => [room.id, index + 2]));
	const lastColumn = rooms.length + 2;
	const rowAt = (minutes: number) =>
		2 + Math.max(0, Math.min(rows, Math.round((minutes - first) / stepMinutes)));

	const items: Array<GridItem<S>> = [];
	for (const session of ofDay) {
		const startMinutes = minutesFrom(day.date, session.startsAt);
		const endMinutes = Math.min(last, minutesFrom(day.date, session.endsAt));
		const rowStart = rowAt(startMinutes);
		const rowEnd = Math.max(rowStart + 1, rowAt(endMinutes));
		const column = session.roomId === null ? undefined : columnOf.get(session.roomId);
		items.push({
			session,
			rowStart,
			rowEnd,
			columnStart: column ?? 2,
			columnEnd: column === undefined ? Math.max(3, lastColumn) : column + 1,
			lane: 0,
			lanes: 1
		});
	}
	items.sort(
		(a, b) =>
			a.columnStart - b.columnStart ||
			a.rowStart - b.rowStart ||
			a.rowEnd - b.rowEnd ||
			a.session.id - b.session.id
	);
	assignLanes(items);

	const marks: GridDay<S>['marks'] = [];
	for (let minutes = first; minutes < last; minutes += 30) {
		marks.push({ time: timeOf(minutes), row: rowAt(minutes), hour: minutes % 60 === 0 });
	}
	return {
		date: day.date,
		start: timeOf(first),
		end: last >= 24 * 60 ? '24:00' : timeOf(last),
		stepMinutes,
		rows,
		rooms: [...rooms],
		items,
		marks
	};
}

/** Overlapping sessions in the same single room column share it side by side. */
function assignLanes<S extends Session>(items: Array<GridItem<S>>): void {
	const byColumn = new Map<number, Array<GridItem<S>>>();
	for (const item of items) {
		if (item.columnEnd - item.columnStart !== 1) continue;
		const group = byColumn.get(item.columnStart) ?? [];
		group.push(item);
		byColumn.set(item.columnStart, group);
	}
	for (const group of byColumn.values()) {
		// Clusters of transitively overlapping sessions get the same number of lanes.
		let cluster: Array<GridItem<S>> = [];
		let clusterEnd = -Infinity;
		const close = () => {
			const lanes = Math.max(1, ...cluster.map((item) => item.lane + 1));
			for (const item of cluster) item.lanes = lanes;
			cluster = [];
		};
		for (const item of group) {
			if (item.rowStart >= clusterEnd) {
				close();
				clusterEnd = -Infinity;
			}
			const taken = new Set(
				cluster.filter((other) => other.rowEnd > item.rowStart).map((other) => other.lane)
			);
			let lane = 0;
			while (taken.has(lane)) lane++;
			item.lane = lane;
			cluster.push(item);
			clusterEnd = Math.max(clusterEnd, item.rowEnd);
		}
		close();
	}
}

/**
 * Where a session lands when moved or resized in the editor: whole steps, kept inside the shown
 * day, at least one step long. `deltaStart`/`deltaEnd` are in minutes.
 */
export function shiftSlot(
	slot: { startsAt: LocalDateTime; endsAt: LocalDateTime },
	deltaStart: number,
	deltaEnd: number,
	bounds: { start: LocalTime; end: LocalTime },
	stepMinutes = 5
): { startsAt: LocalDateTime; endsAt: LocalDateTime } {
	const date = slot.startsAt.slice(0, 10);
	const low = minutesOf(bounds.start);
	const high = bounds.end === '24:00' ? 24 * 60 : minutesOf(bounds.end);
	const snap = (minutes: number) => Math.round(minutes / stepMinutes) * stepMinutes;
	let start = snap(minutesFrom(date, slot.startsAt) + deltaStart);
	let end = snap(minutesFrom(date, slot.endsAt) + deltaEnd);
	if (deltaStart === deltaEnd) {
		// A move keeps the length.
		const length = end - start;
		if (start < low) [start, end] = [low, low + length];
		if (end > high) [start, end] = [high - length, high];
	} else {
		start = Math.max(low, start);
		end = Math.min(high, end);
	}
	if (end - start < stepMinutes) end = start + stepMinutes;
	const at = (minutes: number) => (minutes >= 24 * 60 ? `${date}T23:59` : `${date}T${timeOf(minutes)}`);
	return { startsAt: at(start), endsAt: at(end) };
}
