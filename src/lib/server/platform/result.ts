/**
 * What every write in `#lib/server` answers: its value, or a refusal with a message the person can
 * act on, for one field (`field`, shown beside it and linked from the error summary) or for the
 * whole form. Writes never throw for a refusal and never answer a 500 for bad input; an action
 * turns a refusal into `fail(...)` with `failure()` from ./forms.ts, the only way it is done.
 *
 *     const outcome = await rooms.saveRoom(conference.id, parsed.data);
 *     if (!outcome.ok) return failure(outcome, parsed.formData, { form: 'room' });
 *     return { form: 'room', saved: outcome.value.name };
 */
export type RefusalStatus = 400 | 403 | 404 | 409 | 422 | 429;

/** One message per field name, as the form posted it (`beredning.0`, `email`). */
export type FieldErrors = Record<string, string>;

export interface Refusal {
	ok: false;
	status: RefusalStatus;
	message: string;
	/** The field the message is about; without it the message is for the whole form. */
	field?: string;
	/** Several fields at once (a form checked as a whole); `message` then sums them up. */
	errors?: FieldErrors;
}

export type Outcome<T = void> = { ok: true; value: T } | Refusal;

export const done = <T>(value: T): Outcome<T> => ({ ok: true, value });

export const refused = (message: string, field?: string, status: RefusalStatus = 400): Refusal => ({
	ok: false,
	status,
	message,
	field
});

/** A refusal naming several fields; the first message stands for the form. */
export function refusedFields(errors: FieldErrors, status: RefusalStatus = 400): Refusal {
	const [first = ''] = Object.values(errors);
	return { ok: false, status, message: first, errors };
}
