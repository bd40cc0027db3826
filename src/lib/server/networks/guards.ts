/**
 * Guards for the network pages: every load and every action under /natverk calls one. They answer
 * from one permission table (domain/networks/network-permissions.ts): 404 for whoever may not see the
 * network (a private network does not exist for outsiders), a sign-in for anonymous visitors of a
 * public one, 403 for members who may look but not do.
 */
import { error, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import type { SessionUser } from '../auth/session.ts';
import { getMeeting, isOnBeredning, type Meeting } from './meetings.ts';
import { getNetworkBySlug, networkAccess, type Network, type NetworkAccess } from './networks.ts';
import {
	decide,
	type Actor,
	type Decision,
	type NetworkAction
} from '../../domain/networks/network-permissions.ts';

export interface GuardEvent {
	params: Partial<Record<string, string>>;
	locals: App.Locals;
	url: URL;
}

function enforce(decision: Decision, event: GuardEvent): void {
	if (decision === 'allow') return;
	if (decision === 'not_found') error(404, m.error_not_found());
	if (decision === 'sign_in') {
		redirect(303, `/logga-in?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	error(403, m.error_forbidden());
}

function actorOf(user: SessionUser | null, access: NetworkAccess, isBeredning = false): Actor {
	return { signedIn: user !== null, isAdmin: user?.isAdmin ?? false, role: access.role, isBeredning };
}

export interface NetworkContext {
	user: SessionUser | null;
	network: Network;
	access: NetworkAccess;
}

/**
 * What of a network an outsider (anonymous, or signed in but not in it) may see: its default
 * online meeting link is for the network's own people, like the meetings' links. Every page's
 * data comes through the guards, so nothing internal reaches a public page's data by mistake.
 */
function visibleNetwork(network: Network, access: NetworkAccess): Network {
	return access.canSeeInternal ? network : { ...network, defaultOnlineUrl: null };
}

function visibleMeeting(meeting: Meeting, access: NetworkAccess): Meeting {
	return access.canSeeInternal ? meeting : { ...meeting, onlineUrl: null };
}

/** The network of `params.slug`, if the person may do `action` in it. */
export async function guardNetwork(event: GuardEvent, action: NetworkAction): Promise<NetworkContext> {
	const user = event.locals.user;
	const network = event.params.slug ? await getNetworkBySlug(event.params.slug) : null;
	if (!network) error(404, m.error_not_found());
	const access = await networkAccess(network, user);
	enforce(decide(action, actorOf(user, access), network.isPublic), event);
	return { user, network: visibleNetwork(network, access), access };
}

export interface MeetingContext extends NetworkContext {
	meeting: Meeting;
	isBeredning: boolean;
	canEditAgenda: boolean;
}

/** The meeting `params.number` of the network `params.slug`, if the person may do `action`. */
export async function guardMeeting(event: GuardEvent, action: NetworkAction): Promise<MeetingContext> {
	const user = event.locals.user;
	const network = event.params.slug ? await getNetworkBySlug(event.params.slug) : null;
	if (!network) error(404, m.error_not_found());
	const access = await networkAccess(network, user);
	// Whether the network may be seen is decided before the meeting is looked up, so a meeting
	// number cannot be used to probe a private network.
	enforce(decide('view', actorOf(user, access), network.isPublic), event);
	const number = Number(event.params.number);
	const meeting = Number.isSafeInteger(number) && number > 0 ? await getMeeting(network.id, number) : null;
	if (!meeting) error(404, m.error_not_found());
	const isBeredning = user !== null && access.role !== null && (await isOnBeredning(meeting.id, user.id));
	const actor = actorOf(user, access, isBeredning);
	enforce(decide(action, actor, network.isPublic), event);
	return {
		user,
		network: visibleNetwork(network, access),
		access,
		meeting: visibleMeeting(meeting, access),
		isBeredning,
		canEditAgenda: decide('editAgenda', actor, network.isPublic) === 'allow'
	};
}

/**
 * A membership of the network that the person may act on: managers may act on anyone's, members
 * only on their own (to name their substitute).
 */
export async function guardMembership(event: GuardEvent, membershipId: number): Promise<NetworkContext> {
	const context = await guardNetwork(event, 'view');
	if (context.access.canManage) return context;
	if (context.access.membershipId === membershipId) {
		enforce(
			decide('nameOwnSubstitute', actorOf(context.user, context.access), context.network.isPublic),
			event
		);
		return context;
	}
	enforce(decide('manage', actorOf(context.user, context.access), context.network.isPublic), event);
	return context;
}

/** Creating a network is for site administrators. */
export async function guardNewNetwork(event: GuardEvent): Promise<SessionUser> {
	const user = event.locals.user;
	const actor: Actor = {
		signedIn: user !== null,
		isAdmin: user?.isAdmin ?? false,
		role: null,
		isBeredning: false
	};
	enforce(decide('createNetwork', actor, true), event);
	return user!;
}

/** An id from the form or the address; anything else is a 404, never a 500. */
export function idParam(value: string | null | undefined): number {
	const id = Number(value);
	if (!value || !Number.isSafeInteger(id) || id <= 0) error(404, m.error_not_found());
	return id;
}
