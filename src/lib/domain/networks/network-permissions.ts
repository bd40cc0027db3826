/**
 * Who may do what in a network: one table, used by every guard and tested action by action.
 *
 * - Public networks show their meeting dates and agendas to everyone; private networks do not
 *   exist for outsiders (404, so their existence is not public either). Minutes, action items, the
 *   member list and guests' e-mail addresses are for the network's own people only.
 * - Members and their substitutes (ersättare) see everything in the network.
 * - The chair and the secretary/coordinator (samordnare) run the network: members, term planning,
 *   meetings, standing items. Site administrators may do everything.
 * - A meeting's beredning prepares its agenda together with the chair.
 */

export type NetworkRole = 'chair' | 'secretary' | 'member' | 'substitute';

export type NetworkAction =
	/** network page, meeting list, meeting page, agenda and its print page */
	| 'view'
	/** member list, beredning, action items, guests' e-mail addresses */
	| 'viewInternal'
	/** settings, members, organisations and venues, term planning, meetings, standing items */
	| 'manage'
	/** a meeting's agenda, its guests and its action items */
	| 'editAgenda'
	/** name one's own standing substitute */
	| 'nameOwnSubstitute'
	/** create a network */
	| 'createNetwork';

export interface Actor {
	signedIn: boolean;
	isAdmin: boolean;
	/** Current role in this network, null for outsiders. */
	role: NetworkRole | null;
	/** On the beredning of the meeting in question. */
	isBeredning: boolean;
}

export type Decision = 'allow' | 'not_found' | 'sign_in' | 'forbidden';

export const ANONYMOUS: Actor = { signedIn: false, isAdmin: false, role: null, isBeredning: false };

export function canView(actor: Actor, isPublic: boolean): boolean {
	return isPublic || actor.isAdmin || actor.role !== null;
}

export function isAllowed(action: NetworkAction, actor: Actor, isPublic: boolean): boolean {
	const inside = actor.isAdmin || actor.role !== null;
	const manager = actor.isAdmin || actor.role === 'chair' || actor.role === 'secretary';
	switch (action) {
		case 'view':
			return canView(actor, isPublic);
		case 'viewInternal':
			return inside;
		case 'manage':
			return manager;
		case 'editAgenda':
			return manager || (actor.isBeredning && actor.role !== null);
		case 'nameOwnSubstitute':
			return actor.role === 'chair' || actor.role === 'secretary' || actor.role === 'member';
		case 'createNetwork':
			return actor.isAdmin;
	}
}

/**
 * What a guard answers: allowed; 404 for whoever may not even see the network; a sign-in for an
 * anonymous visitor of a public network; 403 for a signed-in person who may look but not do.
 */
export function decide(action: NetworkAction, actor: Actor, isPublic: boolean): Decision {
	if (isAllowed(action, actor, isPublic)) return 'allow';
	if (!canView(actor, isPublic)) return 'not_found';
	return actor.signedIn ? 'forbidden' : 'sign_in';
}
