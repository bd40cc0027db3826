import { fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { changePasswordSchema } from '#lib/schemas/auth.ts';
import { requireUser } from '#lib/server/auth/guards.ts';
import { setSessionCookie } from '#lib/server/auth/session.ts';
import { formError, parseForm } from '#lib/server/platform/forms.ts';
import * as calendarTokens from '#lib/server/feeds/calendar-tokens.ts';
import { absoluteUrl, isSecure } from '#lib/server/platform/request.ts';
import * as networks from '#lib/server/networks/networks.ts';
import * as users from '#lib/server/auth/users.ts';
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
