/** Words and times of the programme pages, in the chosen language. */
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { SessionKind, SessionLanguage } from '#lib/domain/conferences/programme.ts';
import type { ConflictKind } from '#lib/domain/conferences/programme-conflicts.ts';

export function kindLabel(kind: SessionKind): string {
	switch (kind) {
		case 'plenary':
			return m.session_kind_plenary();
		case 'track':
			return m.session_kind_track();
		case 'break':
			return m.session_kind_break();
		case 'lunch':
			return m.session_kind_lunch();
		case 'mingle':
			return m.session_kind_mingle();
		case 'closing':
			return m.session_kind_closing();
	}
}

export function languageLabel(language: SessionLanguage): string {
	return language === 'en' ? m.session_language_en() : m.session_language_sv();
}

export function conflictKindLabel(kind: ConflictKind): string {
	switch (kind) {
		case 'invalid_time':
			return m.prog_conflict_invalid_time();
		case 'outside_conference_day':
			return m.prog_conflict_outside_day();
		case 'room_double_booked':
			return m.prog_conflict_room();
		case 'plenary_overlaps_track':
			return m.prog_conflict_plenary();
		case 'speaker_double_booked':
			return m.prog_conflict_speaker();
		case 'capacity_above_room':
			return m.prog_conflict_capacity();
	}
}

/** '2026-11-19T13:00' → '13.00' (Swedish) or '13:00' (English). */
export function clock(value: string): string {
	const time = value.length > 5 ? value.slice(11, 16) : value;
	return getLocale() === 'en' ? time : time.replace(':', '.');
}

export function slot(startsAt: string, endsAt: string): string {
	return `${clock(startsAt)}–${clock(endsAt)}`;
}

/** A session without a room is held for the whole venue. */
export function roomLabel(name: string | null | undefined): string {
	return name ?? m.session_all_rooms();
}
