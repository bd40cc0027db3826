/**
 * Reads what an action answered, whatever its shape: the typed values, one message per field and a
 * message for the whole form. Kit types `form` as the union of every outcome of the action.
 */
export interface FormState {
	values: Record<string, string>;
	errors: Record<string, string>;
	message: string | undefined;
}

export function formState(form: unknown): FormState {
	const f = (form ?? {}) as Partial<FormState>;
	return { values: f.values ?? {}, errors: f.errors ?? {}, message: f.message };
}
