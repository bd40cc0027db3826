import * as conferences from '#lib/server/conferences/conferences.ts';
import * as meetings from '#lib/server/networks/meetings.ts';
import * as networks from '#lib/server/networks/networks.ts';
import type { PageServerLoad } from './$types';

/** Signed in: my networks, my next meetings and my conferences. Otherwise: what is public. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const published = await conferences.listPublishedConferences();
	if (!locals.user) {
		const visible = await networks.listVisibleNetworks(null);
		return {
			signedIn: false as const,
			conferences: published,
			networks: visible,
			signedOut: url.searchParams.has('utloggad')
		};
	}
	const [myNetworks, upcoming, myConferences] = await Promise.all([
		networks.listMyNetworks(locals.user.id),
		meetings.upcomingMeetingsForUser(locals.user.id),
		conferences.listMyConferences(locals.user.id)
	]);
	return {
		signedIn: true as const,
		networks: myNetworks,
		upcoming,
		myConferences,
		conferences: published,
		welcome: url.searchParams.has('valkommen')
	};
};
