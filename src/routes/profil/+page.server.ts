import { fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { changePasswordSchema } from '#lib/schemas/auth.js';
import { requireUser } from '#lib/server/auth/guards.js';
import { setSessionCookie } from '#lib/server/auth/session.js';
import { formError, parseForm } from '#lib/server/forms.js';
import * as calendarTokens from '#lib/server/calendar-tokens.js';
import { absoluteUrl, isSecure } from '#lib/server/request.js';
import * as networks from '#lib/server/networks.js';
import * as users from '#lib/server/users.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const token = await calendarTokens.getOrCreateCalendarToken(user.id);
	return {
		profile: await users.getUser(user.id),
		networks: await networks.listMyNetworks(user.id),
		calendarUrl: absoluteUrl(`/kalender/mig/${token}.ics`)
	};
};

export const actions: Actions = {
	/** Changing the password ends every session, then signs this browser in again. */
	password: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event.request, changePasswordSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await users.changePassword(user.id, parsed.data.current, parsed.data.password);
		if (!result.ok) return formError(400, m.profile_wrong_current());
		setSessionCookie(event.cookies, result.token, result.session.expiresAt, isSecure(event));
		return { passwordChanged: true };
	},
	/** A new personal calendar address; the old one stops working at once. */
	calendar: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		if (form.get('confirm') !== 'on')
			return fail(400, { calendarError: m.cal_regenerate_confirm_required() });
		await calendarTokens.regenerateCalendarToken(user.id);
		return { calendarRegenerated: true };
	}
};
