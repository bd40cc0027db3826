/**
 * Contrast checks for track colours (WCAG 2.1). A track colour is drawn as a stripe beside each
 * session on the white page, which must stand out by at least 3:1 (1.4.11, non-text contrast),
 * and as the background of the track's badge, whose text must reach 4.5:1 (1.4.3) in either white
 * or the page's dark text colour, whichever reads better.
 */

/** The page's surface and text colours (tokens.css --color-surface, --color-text). */
export const SURFACE = '#ffffff';
export const DARK_TEXT = '#1b2330';
export const LIGHT_TEXT = '#ffffff';

export const MIN_STRIPE_CONTRAST = 3;
export const MIN_TEXT_CONTRAST = 4.5;

const HEX = /^#?([0-9a-f]{6})$/i;

/** '#1F6F8B', '1f6f8b' → '#1f6f8b'; anything else → null. */
export function normaliseHexColour(value: string): string | null {
	const match = HEX.exec(value.trim());
	return match ? `#${match[1]!.toLowerCase()}` : null;
}

function channel(value: number): number {
	const c = value / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a '#rrggbb' colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
	const colour = normaliseHexColour(hex);
	if (colour === null) throw new RangeError(`Not a #rrggbb colour: ${hex}`);
	const n = Number.parseInt(colour.slice(1), 16);
	return 0.2126 * channel((n >> 16) & 0xff) + 0.7152 * channel((n >> 8) & 0xff) + 0.0722 * channel(n & 0xff);
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
		number,
		number
	];
	return (light + 0.05) / (dark + 0.05);
}

export type TrackColourCheck =
	| {
			ok: true;
			colour: string;
			/** The text colour to write on the colour: white or the dark text colour. */
			textColour: string;
			stripeContrast: number;
			textContrast: number;
	  }
	| {
			ok: false;
			reason: 'invalid' | 'stripe' | 'text';
			colour: string | null;
			stripeContrast: number;
			textContrast: number;
	  };

export function checkTrackColour(value: string): TrackColourCheck {
	const colour = normaliseHexColour(value);
	if (colour === null)
		return { ok: false, reason: 'invalid', colour: null, stripeContrast: 0, textContrast: 0 };
	const stripeContrast = contrastRatio(colour, SURFACE);
	const onLight = contrastRatio(colour, LIGHT_TEXT);
	const onDark = contrastRatio(colour, DARK_TEXT);
	const textColour = onLight >= onDark ? LIGHT_TEXT : DARK_TEXT;
	const textContrast = Math.max(onLight, onDark);
	if (stripeContrast < MIN_STRIPE_CONTRAST) {
		return { ok: false, reason: 'stripe', colour, stripeContrast, textContrast };
	}
	if (textContrast < MIN_TEXT_CONTRAST)
		return { ok: false, reason: 'text', colour, stripeContrast, textContrast };
	return { ok: true, colour, textColour, stripeContrast, textContrast };
}

/** The text colour for a badge in this colour; for colours that fail the check, the better of the two. */
export function textColourOn(colour: string): string {
	const normalised = normaliseHexColour(colour);
	if (normalised === null) return DARK_TEXT;
	return contrastRatio(normalised, LIGHT_TEXT) >= contrastRatio(normalised, DARK_TEXT)
		? LIGHT_TEXT
		: DARK_TEXT;
}

/** A ratio as Swedish text with one decimal and a decimal comma: 2.87 → '2,8'. */
export function formatRatio(ratio: number): string {
	return (Math.floor(ratio * 10) / 10).toFixed(1).replace('.', ',');
}

/** Accessible colours offered when a track is added; each passes checkTrackColour. */
export const SUGGESTED_TRACK_COLOURS = [
	'#1f6f8b',
	'#8a3b12',
	'#2e6b30',
	'#6a3d9a',
	'#b0282d',
	'#0b5cad',
	'#7a4b00',
	'#4a5463'
] as const;
