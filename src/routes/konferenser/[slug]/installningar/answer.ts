/**
 * The settings page has a form per section and per item; the actions name the form they answer
 * (`form: 'room'`) and the item by its id (or a day by its date), so each form shows only its own
 * values, errors and confirmation.
 */
import { formState, type FormState } from '#lib/components/form-state.ts';

interface Answer {
	form?: string;
	values?: Record<string, string>;
	saved?: string | boolean;
}

/** The values and errors sent back to form `key` (for item `id`, '' for the new one); empty otherwise. */
export function stateOf(form: unknown, key: string, id?: number | string): FormState {
	const answer = form as Answer | null;
	if (answer?.form !== key) return formState(null);
	if (id !== undefined && (answer.values?.id ?? answer.values?.date ?? '') !== String(id))
		return formState(null);
	return formState(answer);
}

/** What form `key` saved: true, or the name, e-mail or date it names; undefined if it did not answer. */
export function savedBy(form: unknown, key: string): string | boolean | undefined {
	const answer = form as Answer | null;
	return answer?.form === key ? answer.saved : undefined;
}

/** Whether an item's forms came back with errors, so it opens. */
export const hasErrors = (...states: FormState[]) => states.some((s) => Object.keys(s.errors).length > 0);
