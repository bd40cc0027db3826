/**
 * Progress feedback for enhanced forms: `pending` is true while the submission runs, so the
 * button can be disabled and say what is happening. Without JavaScript the browser shows its own.
 */
import type { SubmitFunction } from '$app/forms';

export function pendingForm() {
	const state = $state({ pending: false });
	const submit: SubmitFunction = () => {
		state.pending = true;
		return async ({ update }) => {
			await update();
			state.pending = false;
		};
	};
	return {
		get pending() {
			return state.pending;
		},
		submit
	};
}
