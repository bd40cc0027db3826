import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, isoDate } from './format.ts';

describe('formatting in Europe/Stockholm', () => {
	it('shows a UTC instant in Swedish local time with a dot', () => {
		expect(formatTime(new Date('2026-11-24T08:30:00Z'))).toBe('09.30');
		expect(formatTime(new Date('2026-06-24T07:30:00Z'))).toBe('09.30');
	});

	it('keeps calendar dates on their day', () => {
		expect(isoDate('2026-11-24')).toBe('2026-11-24');
		expect(formatDate('2026-11-24')).toBe('tisdag 24 november 2026');
	});

	it('moves late UTC evenings to the next Swedish day', () => {
		expect(isoDate(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
	});
});
