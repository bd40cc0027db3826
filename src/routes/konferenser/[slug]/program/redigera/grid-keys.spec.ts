import { describe, expect, it } from 'vitest';
import { keyAction, type KeyContext } from './grid-keys.ts';

const move = { id: 7, roomId: 2, startsAt: '2020-09-15T13:00', endsAt: '2020-09-15T14:00' };
const context: KeyContext = {
	move,
	pending: null,
	columns: [1, 2, 3],
	bounds: { start: '08:00', end: '18:00' }
};
const press = (key: string, over: Partial<KeyContext> = {}, shiftKey = false) =>
	keyAction({ key, shiftKey }, { ...context, ...over });

describe('keyAction', () => {
	it('moves by five minutes with the arrows and half an hour with Page Up/Down, keeping the length', () => {
		expect(press('ArrowDown')).toEqual({
			kind: 'propose',
			move: { ...move, startsAt: '2020-09-15T13:05', endsAt: '2020-09-15T14:05' }
		});
		expect(press('PageUp')).toEqual({
			kind: 'propose',
			move: { ...move, startsAt: '2020-09-15T12:30', endsAt: '2020-09-15T13:30' }
		});
	});

	it('changes only the end with Shift', () => {
		expect(press('PageDown', {}, true)).toEqual({
			kind: 'propose',
			move: { ...move, endsAt: '2020-09-15T14:30' }
		});
	});

	it('keeps a move within the day', () => {
		const late = { ...move, startsAt: '2020-09-15T17:00', endsAt: '2020-09-15T18:00' };
		expect(press('PageDown', { move: late })).toEqual({ kind: 'propose', move: late });
	});

	it('moves to the next room left or right, and leaves the key alone at the edge', () => {
		expect(press('ArrowLeft')).toEqual({ kind: 'propose', move: { ...move, roomId: 1 } });
		expect(press('ArrowRight', { move: { ...move, roomId: 3 } })).toEqual({ kind: 'none' });
		expect(press('ArrowRight', { move: { ...move, roomId: null } })).toEqual({ kind: 'joint' });
	});

	it('saves with Enter when this session has a pending move, and opens it otherwise', () => {
		expect(press('Enter', { pending: move })).toEqual({ kind: 'save' });
		expect(press('Enter', { pending: { ...move, id: 8 } })).toEqual({ kind: 'open' });
		expect(press('Enter')).toEqual({ kind: 'open' });
	});

	it('undoes a pending move with Escape and leaves other keys to the browser', () => {
		expect(press('Escape', { pending: move })).toEqual({ kind: 'undo' });
		expect(press('Escape')).toEqual({ kind: 'none' });
		expect(press('Tab')).toEqual({ kind: 'none' });
	});
});
