/** Schemas shared by the sign-in, invitation and password forms and their actions. */
import { z } from 'zod';
import { m } from '#lib/paraglide/messages.js';

export const PASSWORD_MIN = 10;

const email = () =>
	z
		.string()
		.trim()
		.toLowerCase()
		.min(1, { error: () => m.error_email_required() })
		.max(254, { error: () => m.error_email_invalid() })
		.pipe(z.email({ error: () => m.error_email_invalid() }));

const newPassword = () =>
	z
		.string()
		.min(PASSWORD_MIN, { error: () => m.error_password_too_short({ min: PASSWORD_MIN }) })
		.max(200, { error: () => m.error_password_too_long() });

const name = () =>
	z
		.string()
		.trim()
		.min(1, { error: () => m.error_name_required() })
		.max(120, { error: () => m.error_name_too_long({ max: 120 }) });

export const loginSchema = z.object({
	email: email(),
	password: z
		.string()
		.min(1, { error: () => m.error_password_required() })
		.max(200)
});

export const emailSchema = z.object({ email: email() });

const samePassword = (v: { password: string; confirm: string }) => v.password === v.confirm;
const mismatch = { path: ['confirm'], error: () => m.error_password_mismatch() };

export const setPasswordSchema = z
	.object({ password: newPassword(), confirm: z.string() })
	.refine(samePassword, mismatch);

export const acceptInvitationSchema = z
	.object({ name: name(), password: newPassword(), confirm: z.string() })
	.refine(samePassword, mismatch);

export const adminSetupSchema = z
	.object({ name: name(), email: email(), password: newPassword(), confirm: z.string() })
	.refine(samePassword, mismatch);

export const changePasswordSchema = z
	.object({
		current: z.string().min(1, { error: () => m.error_password_required() }),
		password: newPassword(),
		confirm: z.string()
	})
	.refine(samePassword, mismatch);

export const inviteSchema = z.object({
	email: email(),
	name: name(),
	isAdmin: z
		.enum(['on'])
		.optional()
		.transform((v) => v === 'on')
});

export const networkInviteSchema = z.object({
	email: email(),
	name: name(),
	role: z.enum(['member', 'substitute', 'secretary', 'chair'], { error: () => m.error_role_invalid() }),
	organisationId: z
		.string()
		.optional()
		.transform((v) => (v ? Number(v) : null))
		.refine((v) => v === null || (Number.isInteger(v) && v > 0), {
			error: () => m.error_organisation_invalid()
		})
});
