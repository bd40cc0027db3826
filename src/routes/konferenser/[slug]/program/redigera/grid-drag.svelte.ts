/**
 * Dragging in the editor grid with a mouse or pen: move a session (to another time or room),
 * resize it by its bottom edge, or drag out a new session in an empty spot of a room's column.
 * The grid captures the pointer while a drag lasts; what a drag proposes goes back to the grid
 * through the host, which shows the move, saves it, or opens the form for a new session.
 */
import { minutesOf, shiftSlot } from '#lib/domain/conferences/programme-grid.ts';
import type { LocalTime } from '#lib/domain/conferences/programme.ts';
import { STEP, type PendingMove } from './grid-keys.ts';

/** The height of one grid row (one STEP) in pixels. */
export const ROW_PX = 12;

/** A new session being dragged out in a room's column. */
export interface NewSlot {
	roomId: number;
	startsAt: string;
	endsAt: string;
}

export interface DragHost {
	/** The grid element, once it is mounted. */
	element(): HTMLElement | undefined;
	date(): string;
	bounds(): { start: LocalTime; end: LocalTime };
	/** Shows where the session would go (not saved yet). */
	propose(move: PendingMove): void;
	/** Saves the move proposed last. */
	save(): void;
	/** Opens the form for a new session in the slot that was dragged out. */
	create(slot: NewSlot): void;
}

interface Drag {
	mode: 'move' | 'resize' | 'create';
	pointerId: number;
	x: number;
	y: number;
	origin: PendingMove;
	moved: boolean;
	roomId: number | null;
}

export class GridDrag {
	/** The outline of a new session while it is dragged out. */
	preview: NewSlot | null = $state(null);
	#drag: Drag | null = null;
	#host: DragHost;

	constructor(host: DragHost) {
		this.#host = host;
	}

	/** Starts moving a session (`origin` is where it is now) or resizing it. */
	start(event: PointerEvent, origin: PendingMove, mode: 'move' | 'resize') {
		if (event.button !== 0) return;
		event.stopPropagation();
		this.#drag = {
			mode,
			pointerId: event.pointerId,
			x: event.clientX,
			y: event.clientY,
			origin,
			moved: false,
			roomId: origin.roomId
		};
		this.#host.element()?.setPointerCapture(event.pointerId);
	}

	/** Starts dragging out a new session in a room's column, 30 minutes if it is only clicked. */
	startCreate(event: PointerEvent, roomId: number) {
		const element = this.#host.element();
		if (event.button !== 0 || !element) return;
		const bounds = this.#host.bounds();
		const offset = event.clientY - element.getBoundingClientRect().top - this.#headerHeight(element);
		const minutes = minutesOf(bounds.start) + Math.floor(offset / ROW_PX) * STEP;
		const at = `${this.#host.date()}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
		const origin = {
			id: 0,
			roomId,
			startsAt: at,
			endsAt: shiftSlot({ startsAt: at, endsAt: at }, 0, 30, bounds).endsAt
		};
		this.#drag = {
			mode: 'create',
			pointerId: event.pointerId,
			x: event.clientX,
			y: event.clientY,
			origin,
			moved: false,
			roomId
		};
		this.preview = { roomId, startsAt: origin.startsAt, endsAt: origin.endsAt };
		element.setPointerCapture(event.pointerId);
	}

	move(event: PointerEvent) {
		const drag = this.#drag;
		if (!drag || event.pointerId !== drag.pointerId) return;
		const bounds = this.#host.bounds();
		const minutes = Math.round((event.clientY - drag.y) / ROW_PX) * STEP;
		if (!drag.moved && Math.abs(event.clientY - drag.y) < 4 && Math.abs(event.clientX - drag.x) < 4) return;
		drag.moved = true;
		if (drag.mode === 'create') {
			// From where the drag began, as long as it is dragged (a plain click gives 30 minutes).
			const from = { startsAt: drag.origin.startsAt, endsAt: drag.origin.startsAt };
			const end = shiftSlot(from, 0, Math.max(STEP, minutes), bounds).endsAt;
			this.preview = { roomId: drag.roomId!, startsAt: drag.origin.startsAt, endsAt: end };
			return;
		}
		const next =
			drag.mode === 'move'
				? {
						...drag.origin,
						...shiftSlot(drag.origin, minutes, minutes, bounds),
						roomId: this.#roomAt(event.clientX, drag.roomId)
					}
				: { ...drag.origin, ...shiftSlot(drag.origin, 0, minutes, bounds) };
		this.#host.propose(next);
	}

	end(event: PointerEvent) {
		const finished = this.#drag;
		if (!finished || event.pointerId !== finished.pointerId) return;
		this.#drag = null;
		if (finished.mode === 'create') {
			const preview = this.preview;
			this.preview = null;
			if (preview) this.#host.create(preview);
			return;
		}
		if (finished.moved) this.#host.save();
	}

	cancel() {
		this.#drag = null;
		this.preview = null;
	}

	/** The room whose column is under the pointer; a session in all rooms stays in all rooms. */
	#roomAt(clientX: number, fallback: number | null): number | null {
		const element = this.#host.element();
		if (!element || fallback === null) return fallback;
		for (const head of element.querySelectorAll<HTMLElement>('[data-room-column]')) {
			const box = head.getBoundingClientRect();
			if (clientX >= box.left && clientX < box.right) return Number(head.dataset.roomColumn);
		}
		return fallback;
	}

	#headerHeight(element: HTMLElement): number {
		return element.querySelector<HTMLElement>('.head')?.getBoundingClientRect().height ?? 40;
	}
}
