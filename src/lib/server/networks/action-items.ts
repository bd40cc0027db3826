/**
 * Action items (att göra, uppdrag): a task for a member from a meeting, with an optional due date.
 * Open ones are listed under the "previous minutes" item of later agendas until they are done.
 * Minutes come in a later issue; this is the minimum the agendas need.
 */
import { m } from '#lib/paraglide/messages.js';
import { sql } from '../platform/db.ts';
import { done, refused, type Outcome } from '../platform/result.ts';

export interface ActionItem {
	id: number;
	meetingId: number;
	meetingNumber: number;
	meetingStartsAt: Date;
	ownerMembershipId: number;
	ownerName: string;
	task: string;
	dueOn: string | null;
	doneAt: Date | null;
}

const columns =
	() => sql`ai.id, ai.meeting_id, mt.number as meeting_number, mt.starts_at as meeting_starts_at,
	ai.owner_membership_id, u.name as owner_name, ai.task, ai.due_on, ai.done_at`;

const joins = () => sql`
	join meetings mt on mt.id = ai.meeting_id
	join network_memberships nm on nm.id = ai.owner_membership_id
	join users u on u.id = nm.user_id`;

/** Open action items of the network; with `before`, only those from meetings that started earlier. */
export async function listOpenActionItems(
	networkId: number,
	before: Date | null = null
): Promise<ActionItem[]> {
	return sql<ActionItem[]>`
		select ${columns()} from action_items ai ${joins()}
		where ai.network_id = ${networkId} and ai.done_at is null
			${before ? sql`and mt.starts_at < ${before}` : sql``}
		order by ai.due_on nulls last, mt.starts_at, ai.id`;
}

/** The action items decided at one meeting, open and done. */
export async function listMeetingActionItems(meetingId: number): Promise<ActionItem[]> {
	return sql<ActionItem[]>`
		select ${columns()} from action_items ai ${joins()}
		where ai.meeting_id = ${meetingId}
		order by ai.id`;
}

export async function addActionItem(
	meetingId: number,
	input: { ownerMembershipId: number; task: string; dueOn: string | null }
): Promise<Outcome<{ id: number }>> {
	const [row]: [{ id: number }?] = await sql`
		insert into action_items (network_id, meeting_id, owner_membership_id, task, due_on)
		select mt.network_id, mt.id, nm.id, ${input.task}, ${input.dueOn}
		from meetings mt join network_memberships nm on nm.network_id = mt.network_id
		where mt.id = ${meetingId} and nm.id = ${input.ownerMembershipId} and nm.left_on is null
		returning id`;
	if (!row) return refused(m.net_error_unknown_member(), 'ownerMembershipId');
	return done(row);
}

export async function getActionItem(networkId: number, id: number): Promise<ActionItem | null> {
	const [row]: [ActionItem?] = await sql`
		select ${columns()} from action_items ai ${joins()} where ai.id = ${id} and ai.network_id = ${networkId}`;
	return row ?? null;
}

export async function setActionItemDone(networkId: number, id: number, isDone: boolean): Promise<Outcome> {
	const rows = await sql`
		update action_items set done_at = case when ${isDone} then coalesce(done_at, now()) end
		where id = ${id} and network_id = ${networkId} returning id`;
	if (rows.length === 0) return refused(m.net_action_error_gone(), undefined, 404);
	return done(undefined);
}
