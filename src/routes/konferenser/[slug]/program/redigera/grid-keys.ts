/**
 * What a key pressed on a session in the editor grid does, decided without touching the page:
 * the arrows and Page Up/Down move the session (with Shift they change its end), left and right
 * move it to the next room, Enter saves a pending move or opens the session, Escape undoes the move.
 * EditorGrid.svelte carries the decision out; every decision but `none` keeps the key from the browser.
 */
import { shiftSlot } from '#lib/domain/conferences/programme-grid.ts';
import type { LocalTime } from '#lib/domain/conferences/programme.ts';

/** Where a session would be after a move that is not saved yet. */
export interface PendingMove {
	id: number;
	roomId: number | null;
	startsAt: string;
	endsAt: string;
}

/** The grid's step in minutes: one row, one arrow press. */
export const STEP = 5;

export type KeyAction =
	| { kind: 'propose'; move: PendingMove }
	/** Left or right on a session in all rooms, which has no room to move to. */
	| { kind: 'joint' }
	| { kind: 'save' }
	| { kind: 'open' }
	| { kind: 'undo' }
	/** Not the grid's key: the browser keeps it. */
	| { kind: 'none' };

export interface KeyContext {
	/** The session as it is now, with its pending move if it has one. */
	move: PendingMove;
	/** Whether any session of the grid has a pending move. */
	pending: PendingMove | null;
	/** The rooms' ids in column order. */
	columns: readonly number[];
	bounds: { start: LocalTime; end: LocalTime };
}

export function keyAction(key: { key: string; shiftKey: boolean }, context: KeyContext): KeyAction {
	const { move, pending, columns, bounds } = context;
	const by = (minutes: number): KeyAction => ({
		kind: 'propose',
		move: { ...move, ...shiftSlot(move, key.shiftKey ? 0 : minutes, minutes, bounds, STEP) }
	});
	switch (key.key) {
		case 'ArrowUp':
			return by(-STEP);
		case 'ArrowDown':
			return by(STEP);
		case 'PageUp':
			return by(-30);
		case 'PageDown':
			return by(30);
		case 'ArrowLeft':
		case 'ArrowRight': {
			if (move.roomId === null) return { kind: 'joint' };
			const index = columns.indexOf(move.roomId) + (key.key === 'ArrowLeft' ? -1 : 1);
			if (index < 0 || index >= columns.length) return { kind: 'none' };
			return { kind: 'propose', move: { ...move, roomId: columns[index]! } };
		}
		case 'Enter':
			return pending?.id === move.id ? { kind: 'save' } : { kind: 'open' };
		case 'Escape':
			return pending ? { kind: 'undo' } : { kind: 'none' };
		default:
			return { kind: 'none' };
	}
}
