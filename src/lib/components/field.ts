/**
 * How every form control is wired to its hint and error, in one place: the error and the hint
 * get ids derived from the control's id, and the control points at both with aria-describedby,
 * so a screen reader reads the message with the field. The GOV.UK error summary links to `#id`.
 */
export interface FieldWiring {
	hintId: string | undefined;
	errorId: string | undefined;
	describedBy: string | undefined;
	invalid: 'true' | undefined;
}

export function fieldId(name: string): string {
	return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function wireField(id: string, hint: string | undefined, error: string | undefined): FieldWiring {
	const hintId = hint ? `${id}-hint` : undefined;
	const errorId = error ? `${id}-error` : undefined;
	const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
	return { hintId, errorId, describedBy, invalid: error ? 'true' : undefined };
}

/** One choice of a select or radio group. */
export interface Choice {
	value: string;
	label: string;
}
