/**
 * Parses a submitted form with a shared zod schema. On failure the action answers
 * `fail(400, { values, errors })`: one Swedish message per field and what was typed (never passwords).
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { m } from '#lib/paraglide/messages.js';
import type { FieldErrors, Refusal } from './result.ts';

export type { FieldErrors };

export type FormFailure = ActionFailure<{
	values: Record<string, string>;
	errors: FieldErrors;
	message?: string;
}>;

const SECRET = /password|confirm|current/i;

export function formValues(formData: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of formData) {
		if (typeof value === 'string' && !SECRET.test(key)) values[key] = value;
	}
	return values;
}

export async function parseForm<S extends z.ZodType>(
	request: Request,
	schema: S
): Promise<{ ok: true; data: z.output<S>; formData: FormData } | { ok: false; failure: FormFailure }> {
	let formData: FormData;
	try {
		formData = await request.formData();
	} catch {
		return { ok: false, failure: fail(400, { values: {}, errors: {}, message: m.error_form_unreadable() }) };
	}
	const input: Record<string, FormDataEntryValue> = {};
	for (const [key, value] of formData) input[key] = value;
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data, formData };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = issue.path.join('.') || 'form';
		errors[field] ??= issue.message;
	}
	return { ok: false, failure: fail(400, { values: formValues(formData), errors }) };
}

/** A failure with one message for the whole form (e.g. wrong password), keeping what was typed. */
export function formError(
	status: 400 | 403 | 404 | 409 | 429,
	message: string,
	formData?: FormData
): FormFailure {
	return fail(status, { values: formData ? formValues(formData) : {}, errors: {}, message });
}

/** Turns a refused write into the form's `fail(…)`: a field message, or one for the whole form. */
export function failure(
	outcome: Refusal,
	formData?: FormData,
	extra: Record<string, unknown> = {}
): FormFailure {
	const values = formData ? formValues(formData) : {};
	if (outcome.errors) return fail(outcome.status, { values, errors: outcome.errors, ...extra });
	return outcome.field
		? fail(outcome.status, { values, errors: { [outcome.field]: outcome.message }, ...extra })
		: fail(outcome.status, { values, errors: {}, message: outcome.message, ...extra });
}
