import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	DARK_TEXT,
	LIGHT_TEXT,
	SUGGESTED_TRACK_COLOURS,
	checkTrackColour,
	contrastRatio,
	formatRatio,
	normaliseHexColour,
	relativeLuminance,
	textColourOn
} from './colour-contrast.ts';

describe('contrastRatio', () => {
	it('gives the WCAG extremes and known pairs', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
		// #767676 on white is the classic 4.5:1 grey
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
	});

	it('is symmetric and between 1 and 21 for any two colours', () => {
		const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
		fc.assert(
			fc.property(hex, hex, (a, b) => {
				const ratio = contrastRatio(a, b);
				expect(ratio).toBeGreaterThanOrEqual(1);
				expect(ratio).toBeLessThanOrEqual(21.0001);
				expect(contrastRatio(b, a)).toBe(ratio);
			})
		);
	});

	it('refuses what is not a colour', () => {
		expect(() => relativeLuminance('red')).toThrow(RangeError);
		expect(normaliseHexColour(' 1F6F8B ')).toBe('#1f6f8b');
		expect(normaliseHexColour('#fff')).toBeNull();
	});
});

describe('checkTrackColour', () => {
	it('accepts a dark colour and writes white on it', () => {
		const check = checkTrackColour('#1F6F8B');
		expect(check).toMatchObject({ ok: true, colour: '#1f6f8b', textColour: LIGHT_TEXT });
	});

	it('refuses a pastel that would not show against the white page', () => {
		// Digital transformation's beige in the 2020 fixture: about 1.4:1 against white
		const check = checkTrackColour('#E6D5B8');
		expect(check).toMatchObject({ ok: false, reason: 'stripe' });
		expect(check.stripeContrast).toBeLessThan(1.5);
	});

	it('refuses a middle grey on which neither white nor dark text reaches 4.5:1', () => {
		const check = checkTrackColour('#7a7a7a');
		expect(check.ok).toBe(false);
		expect(check).toMatchObject({ reason: 'text' });
	});

	it('refuses something that is not #rrggbb', () => {
		expect(checkTrackColour('blå')).toMatchObject({ ok: false, reason: 'invalid', colour: null });
	});

	it('always gives text of at least 4.5:1 when it accepts a colour', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
				const colour = `#${n.toString(16).padStart(6, '0')}`;
				const check = checkTrackColour(colour);
				if (!check.ok) return;
				expect(contrastRatio(colour, check.textColour)).toBeGreaterThanOrEqual(4.5);
				expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
			}),
			{ numRuns: 500 }
		);
	});

	it('offers only colours that pass', () => {
		for (const colour of SUGGESTED_TRACK_COLOURS) expect(checkTrackColour(colour).ok).toBe(true);
	});
});

describe('textColourOn and formatRatio', () => {
	it('picks the more readable text colour', () => {
		expect(textColourOn('#0a5566')).toBe(LIGHT_TEXT);
		expect(textColourOn('#ffd966')).toBe(DARK_TEXT);
		expect(textColourOn('nonsense')).toBe(DARK_TEXT);
	});

	it('rounds down, with a decimal comma, so a failing ratio never reads as passing', () => {
		expect(formatRatio(2.99)).toBe('2,9');
		expect(formatRatio(4.5)).toBe('4,5');
	});
});
