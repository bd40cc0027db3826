/** Field schemas shared by the forms of every area; each area words its own "too long" message. */
import { z } from 'zod';

export function textFields(tooLong: (max: number) => string) {
	return {
		/** Required text, trimmed, with a message when empty and one when too long. */
		requiredText: (max: number, empty: () => string) =>
			z
				.string({ error: empty })
				.trim()
				.min(1, { error: empty })
				.max(max, { error: () => tooLong(max) }),
		/** Optional text: empty becomes null. */
		optionalText: (max: number) =>
			z
				.string()
				.trim()
				.max(max, { error: () => tooLong(max) })
				.optional()
				.transform((v) => (v ? v : null)),
		/** Free text that may be empty ('' rather than null). */
		plainText: (max: number) =>
			z
				.string()
				.trim()
				.max(max, { error: () => tooLong(max) })
				.optional()
				.transform((v) => v ?? '')
	};
}

/** A checkbox: present ('on', or 'true'/'1' from scripts) is true, absent is false. */
export const checkbox = () =>
	z
		.string()
		.optional()
		.transform((v) => v === 'on' || v === 'true' || v === '1');
