/**
 * Agendas (dagordningar): ordered items with type, responsible members and guests, durations and
 * pinned starts; the network's standing items (stående punkter); copying an earlier agenda.
 *
 * Item numbers and start times are not stored: they follow from the order (agenda-times.ts), so a
 * reorder can never leave two items with the same number. Every write locks the meeting's row
 * first, so concurrent edits of one agenda are applied one after the other and positions stay
 * 1…n; the unique (meeting_id, position) constraint is deferred so swaps happen in one transaction.
 */
import { m } from '#lib/paraglide/messages.js';
import { sql, type Db } from '../platform/db.ts';
import { done, refused, type Outcome } from '../platform/result.ts';
import { agendaTimes, itemNumbers, shiftPinnedStart } from '../../domain/networks/agenda-times.ts';
import { toStockholmParts } from '../../domain/platform/stockholm-time.ts';

export const AGENDA_KINDS = ['information', 'discussion', 'decision', 'work', 'break'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
export const MAX_AGENDA_ITEMS = 60;

export interface AgendaItemInput {
	kind: AgendaKind;
	title: string;
	description: string;
	durationMinutes: number;
	/** 'HH:MM' Swedish time, or null to follow the item before. */
	pinnedStart: string | null;
	/** Membership ids of responsible members. */
	responsibles: number[];
}

export interface AgendaResponsible {
	agendaItemId: number;
	membershipId: number;
	name: string;
	organisationName: string | null;
}

export interface AgendaGuest {
	id: number;
	agendaItemId: number;
	name: string;
	organisation: string;
	email: string;
	isResponsible: boolean;
}

export interface AgendaItem {
	id: number;
	meetingId: number;
	position: number;
	kind: AgendaKind;
	title: string;
	description: string;
	durationMinutes: number;
	pinnedStart: string | null;
	standingItemId: number | null;
	listsActionItems: boolean;
}

export interface AgendaEntry extends AgendaItem {
	/** 1, 2, 3 … in order; null for breaks. */
	number: number | null;
	/** Swedish wall-clock minutes after midnight. */
	start: number;
	end: number;
	pinned: boolean;
	/** The pinned time asked for (minutes after midnight); the item starts later when overrun. */
	pinnedAt: number | null;
	overlapMinutes: number;
	responsibles: AgendaResponsible[];
	guests: AgendaGuest[];
}

export interface Agenda {
	items: AgendaEntry[];
	/** Minutes after midnight: meeting start, when the agenda ends. */
	start: number;
	end: number;
	overrunMinutes: number;
}

const itemColumns =
	() => sql`a.id, a.meeting_id, a.position, a.kind, a.title, a.description, a.duration_minutes,
	to_char(a.pinned_start, 'HH24:MI') as pinned_start, a.standing_item_id, a.lists_action_items`;

/**
 * The agenda with numbers, responsible people, guests and running start times. `meeting.start`
 * and `meeting.end` are the meeting's Swedish wall-clock times ('HH:MM', as getMeeting gives them).
 */
export async function getAgenda(meeting: { id: number; start: string; end: string }): Promise<Agenda> {
	const [items, responsibles, guests] = await Promise.all([
		sql<
			AgendaItem[]
		>`select ${itemColumns()} from agenda_items a where a.meeting_id = ${meeting.id} order by a.position`,
		sql<AgendaResponsible[]>`
			select r.agenda_item_id, r.membership_id, u.name, o.name as organisation_name
			from agenda_item_responsibles r
			join agenda_items a on a.id = r.agenda_item_id
			join network_memberships nm on nm.id = r.membership_id
			join users u on u.id = nm.user_id
			left join organisations o on o.id = nm.organisation_id
			where a.meeting_id = ${meeting.id}
			order by u.name`,
		listGuests(meeting.id)
	]);
	const timing = agendaTimes(meeting.start, items, meeting.end);
	const numbers = itemNumbers(items.map((item) => item.kind));
	const [startHours, startMinutes] = meeting.start.split(':').map(Number);
	return {
		items: items.map((item, i) => ({
			...item,
			number: numbers[i] ?? null,
			start: timing.items[i]!.start,
			end: timing.items[i]!.end,
			pinned: timing.items[i]!.pinned,
			pinnedAt: timing.items[i]!.pinnedAt,
			overlapMinutes: timing.items[i]!.overlapMinutes,
			responsibles: responsibles.filter((r) => r.agendaItemId === item.id),
			guests: guests.filter((g) => g.agendaItemId === item.id)
		})),
		start: startHours! * 60 + startMinutes!,
		end: timing.end,
		overrunMinutes: timing.overrunMinutes
	};
}

export async function listGuests(meetingId: number): Promise<AgendaGuest[]> {
	return sql<AgendaGuest[]>`
		select g.id, g.agenda_item_id, g.name, g.organisation, g.email, g.is_responsible
		from agenda_guests g join agenda_items a on a.id = g.agenda_item_id
		where a.meeting_id = ${meetingId}
		order by a.position, g.name`;
}

export async function getAgendaItem(meetingId: number, itemId: number): Promise<AgendaItem | null> {
	const [row]: [AgendaItem?] = await sql`
		select ${itemColumns()} from agenda_items a where a.id = ${itemId} and a.meeting_id = ${meetingId}`;
	return row ?? null;
}

export async function getResponsibles(itemId: number): Promise<number[]> {
	const rows = await sql<{ membershipId: number }[]>`
		select membership_id from agenda_item_responsibles where agenda_item_id = ${itemId}`;
	return rows.map((row) => row.membershipId);
}

/** Locks the meeting for an agenda write and says which network it belongs to. */
async function lockMeeting(db: Db, meetingId: number): Promise<{ networkId: number } | null> {
	const [row]: [{ networkId: number }?] =
		await db`select network_id from meetings where id = ${meetingId} for update`;
	return row ?? null;
}

async function checkResponsibles(
	db: Db,
	networkId: number,
	membershipIds: readonly number[]
): Promise<Outcome> {
	if (new Set(membershipIds).size !== membershipIds.length) {
		return refused(m.agenda_error_responsible_twice(), 'responsibles');
	}
	if (membershipIds.length === 0) return done(undefined);
	const rows = await db`
		select id from network_memberships
		where network_id = ${networkId} and id in ${db(membershipIds)} and left_on is null`;
	if (rows.length !== membershipIds.length) return refused(m.net_error_unknown_member(), 'responsibles');
	return done(undefined);
}

async function setResponsibles(db: Db, itemId: number, networkId: number, membershipIds: readonly number[]) {
	await db`delete from agenda_item_responsibles where agenda_item_id = ${itemId}`;
	if (membershipIds.length > 0) {
		await db`
			insert into agenda_item_responsibles ${db(
				membershipIds.map((membershipId) => ({ agendaItemId: itemId, networkId, membershipId })),
				'agendaItemId',
				'networkId',
				'membershipId'
			)}`;
	}
}

/** Adds an item at the end of the agenda. */
export async function addAgendaItem(
	meetingId: number,
	input: AgendaItemInput
): Promise<Outcome<{ id: number }>> {
	return sql.begin(async (tx) => {
		const meeting = await lockMeeting(tx, meetingId);
		if (!meeting) return refused(m.error_not_found(), undefined, 404);
		const [{ count }] = await tx<{ count: number }[]>`
			select count(*) from agenda_items where meeting_id = ${meetingId}`;
		if (count >= MAX_AGENDA_ITEMS) return refused(m.agenda_error_too_many({ max: MAX_AGENDA_ITEMS }));
		const checked = await checkResponsibles(tx, meeting.networkId, input.responsibles);
		if (!checked.ok) return checked;
		const [{ id }] = await tx<{ id: number }[]>`
			insert into agenda_items (meeting_id, network_id, position, kind, title, description, duration_minutes, pinned_start)
			values (${meetingId}, ${meeting.networkId}, ${count + 1}, ${input.kind}, ${input.title},
				${input.description}, ${input.durationMinutes}, ${input.pinnedStart})
			returning id`;
		await setResponsibles(tx, id, meeting.networkId, input.responsibles);
		return done({ id });
	});
}

export async function updateAgendaItem(
	meetingId: number,
	itemId: number,
	input: AgendaItemInput
): Promise<Outcome> {
	return sql.begin(async (tx) => {
		const meeting = await lockMeeting(tx, meetingId);
		if (!meeting) return refused(m.error_not_found(), undefined, 404);
		const checked = await checkResponsibles(tx, meeting.networkId, input.responsibles);
		if (!checked.ok) return checked;
		const rows = await tx`
			update agenda_items set kind = ${input.kind}, title = ${input.title}, description = ${input.description},
				duration_minutes = ${input.durationMinutes}, pinned_start = ${input.pinnedStart}, updated_at = now()
			where id = ${itemId} and meeting_id = ${meetingId} returning id`;
		if (rows.length === 0) return refused(m.agenda_error_item_gone(), undefined, 404);
		await setResponsibles(tx, itemId, meeting.networkId, input.responsibles);
		return done(undefined);
	});
}

/**
 * Agenda items and standing items are both lists numbered 1…n inside a parent (a meeting, a
 * network). The caller holds the parent's lock; these keep the numbering gapless.
 */
type OrderedList =
	| { table: 'agenda_items'; parent: 'meeting_id'; touch: true }
	| { table: 'standing_items'; parent: 'network_id'; touch: false };
const AGENDA_LIST: OrderedList = { table: 'agenda_items', parent: 'meeting_id', touch: true };
const STANDING_LIST: OrderedList = { table: 'standing_items', parent: 'network_id', touch: false };

async function removeFromList(db: Db, list: OrderedList, parentId: number, itemId: number): Promise<boolean> {
	const [removed]: [{ position: number }?] = await db`
		delete from ${db(list.table)} where id = ${itemId} and ${db(list.parent)} = ${parentId} returning position`;
	if (!removed) return false;
	await db`
		update ${db(list.table)} set position = position - 1
		where ${db(list.parent)} = ${parentId} and position > ${removed.position}`;
	return true;
}

/** Swaps an item with its neighbour above or below: the keyboard path for drag and drop. */
async function moveInList(
	db: Db,
	list: OrderedList,
	parentId: number,
	itemId: number,
	direction: 'up' | 'down'
): Promise<Outcome<{ position: number; count: number }>> {
	const [item]: [{ position: number }?] = await db`
		select position from ${db(list.table)} where id = ${itemId} and ${db(list.parent)} = ${parentId}`;
	if (!item) return refused(m.agenda_error_item_gone(), undefined, 404);
	const [{ count }] = await db<{ count: number }[]>`
		select count(*) from ${db(list.table)} where ${db(list.parent)} = ${parentId}`;
	const target = direction === 'up' ? item.position - 1 : item.position + 1;
	if (target < 1 || target > count) {
		return refused(
			direction === 'up' ? m.agenda_error_already_first() : m.agenda_error_already_last(),
			undefined,
			409
		);
	}
	await db`
		update ${db(list.table)}
		set position = case when id = ${itemId} then ${target}::int else ${item.position}::int end
			${list.touch ? db`, updated_at = now()` : db``}
		where ${db(list.parent)} = ${parentId} and (id = ${itemId} or position = ${target})`;
	return done({ position: target, count });
}

export async function deleteAgendaItem(meetingId: number, itemId: number): Promise<Outcome> {
	return sql.begin(async (tx) => {
		if (!(await lockMeeting(tx, meetingId))) return refused(m.error_not_found(), undefined, 404);
		if (!(await removeFromList(tx, AGENDA_LIST, meetingId, itemId))) {
			return refused(m.agenda_error_item_gone(), undefined, 404);
		}
		return done(undefined);
	});
}

/** Moves an item one step up or down (the keyboard path for drag and drop). Answers the new position. */
export async function moveAgendaItem(
	meetingId: number,
	itemId: number,
	direction: 'up' | 'down'
): Promise<Outcome<{ position: number; count: number }>> {
	return sql.begin(async (tx) => {
		if (!(await lockMeeting(tx, meetingId))) return refused(m.error_not_found(), undefined, 404);
		return moveInList(tx, AGENDA_LIST, meetingId, itemId, direction);
	});
}

/**
 * Puts the items in the given order (drag and drop sends the whole list). The list must name every
 * item of the agenda exactly once; if someone else changed the agenda meanwhile, nothing changes.
 */
export async function reorderAgenda(meetingId: number, itemIds: readonly number[]): Promise<Outcome> {
	if (new Set(itemIds).size !== itemIds.length) return refused(m.agenda_error_duplicate_position(), 'order');
	return sql.begin(async (tx) => {
		if (!(await lockMeeting(tx, meetingId))) return refused(m.error_not_found(), undefined, 404);
		const current = await tx<{ id: number }[]>`select id from agenda_items where meeting_id = ${meetingId}`;
		const known = new Set(current.map((row) => row.id));
		if (current.length !== itemIds.length || itemIds.some((id) => !known.has(id))) {
			return refused(m.agenda_error_changed_meanwhile(), 'order', 409);
		}
		await tx`
			update agenda_items a set position = v.position, updated_at = now()
			from unnest(${tx.array(itemIds.map(String))}::bigint[]) with ordinality as v (id, position)
			where a.id = v.id and a.meeting_id = ${meetingId}`;
		return done(undefined);
	});
}

/**
 * Moves the pinned starts of a meeting's agenda with the meeting, so they keep their distance from
 * its start (agenda-times.ts): called by meetings.updateMeeting, in its transaction, when the
 * meeting's start changes from `from` to `to`. Only the Swedish time of day counts.
 */
export async function movePinnedStarts(db: Db, meetingId: number, from: Date, to: Date): Promise<void> {
	await shiftPinnedStarts(db, meetingId, null, from, to);
}

/** Shifts the pinned starts of a meeting's items (all, or those with the given ids). */
async function shiftPinnedStarts(
	db: Db,
	meetingId: number,
	itemIds: readonly number[] | null,
	from: Date,
	to: Date
): Promise<void> {
	const fromClock = toStockholmParts(from).time;
	const toClock = toStockholmParts(to).time;
	if (fromClock === toClock || itemIds?.length === 0) return;
	const pinned = await db<{ id: number; pinnedStart: string }[]>`
		select id, to_char(pinned_start, 'HH24:MI') as pinned_start from agenda_items
		where meeting_id = ${meetingId} and pinned_start is not null
			${itemIds ? db`and id in ${db(itemIds)}` : db``}`;
	for (const item of pinned) {
		await db`
			update agenda_items set pinned_start = ${shiftPinnedStart(item.pinnedStart, fromClock, toClock)}, updated_at = now()
			where id = ${item.id}`;
	}
}

/**
 * Copies the agenda of an earlier meeting of the same network: items with their responsible
 * members (those still members), pinned times moved to keep their distance from the meeting's
 * start. Guests are invited per meeting and are not copied. `replace`
 * empties the agenda first; `append` adds after what is there.
 */
export async function copyAgenda(
	fromMeetingId: number,
	toMeetingId: number,
	mode: 'replace' | 'append'
): Promise<Outcome<{ copied: number }>> {
	return sql.begin(async (tx) => {
		const target = await lockMeeting(tx, toMeetingId);
		if (!target) return refused(m.error_not_found(), undefined, 404);
		const [source]: [{ networkId: number; startsAt: Date }?] =
			await tx`select network_id, starts_at from meetings where id = ${fromMeetingId}`;
		if (!source || source.networkId !== target.networkId || fromMeetingId === toMeetingId) {
			return refused(m.agenda_error_copy_source(), 'from');
		}
		if (mode === 'replace') await tx`delete from agenda_items where meeting_id = ${toMeetingId}`;
		const [{ count, hasActionList }] = await tx<{ count: number; hasActionList: boolean }[]>`
			select count(*), coalesce(bool_or(lists_action_items), false) as has_action_list
			from agenda_items where meeting_id = ${toMeetingId}`;
		const [{ sourceCount }] = await tx<{ sourceCount: number }[]>`
			select count(*) as source_count from agenda_items where meeting_id = ${fromMeetingId}`;
		if (count + sourceCount > MAX_AGENDA_ITEMS)
			return refused(m.agenda_error_too_many({ max: MAX_AGENDA_ITEMS }));
		const copies = await tx<{ id: number; sourceId: number }[]>`
			insert into agenda_items (meeting_id, network_id, position, kind, title, description, duration_minutes,
				pinned_start, standing_item_id, lists_action_items)
			select ${toMeetingId}, network_id, ${count} + position, kind, title, description, duration_minutes,
				pinned_start, standing_item_id, lists_action_items and not ${hasActionList}
			from agenda_items where meeting_id = ${fromMeetingId}
			order by position
			returning id, (select s.id from agenda_items s
				where s.meeting_id = ${fromMeetingId} and s.position = agenda_items.position - ${count}) as source_id`;
		if (copies.length > 0) {
			await tx`
				insert into agenda_item_responsibles (agenda_item_id, network_id, membership_id)
				select c.id, r.network_id, r.membership_id
				from unnest(${tx.array(copies.map((c) => String(c.id)))}::bigint[],
					${tx.array(copies.map((c) => String(c.sourceId)))}::bigint[]) as c (id, source_id)
				join agenda_item_responsibles r on r.agenda_item_id = c.source_id
				join network_memberships nm on nm.id = r.membership_id and nm.left_on is null`;
			// a pinned time keeps its distance from the start: lunch at 12.00 of a 09.00 meeting is at
			// 16.00 when copied to a 13.00 meeting
			const [{ startsAt }] = await tx<{ startsAt: Date }[]>`
				select starts_at from meetings where id = ${toMeetingId}`;
			await shiftPinnedStarts(
				tx,
				toMeetingId,
				copies.map((c) => c.id),
				source.startsAt,
				startsAt
			);
		}
		return done({ copied: copies.length });
	});
}

/**
 * Puts the network's standing items on a meeting's agenda, after what is there, skipping those it
 * already has. Called when a meeting is created (inside its transaction) and from the agenda page.
 */
export async function addStandingItems(db: Db, meetingId: number): Promise<number> {
	const meeting = await lockMeeting(db, meetingId);
	if (!meeting) return 0;
	const [{ count, hasActionList }] = await db<{ count: number; hasActionList: boolean }[]>`
		select count(*), coalesce(bool_or(lists_action_items), false) as has_action_list
		from agenda_items where meeting_id = ${meetingId}`;
	const rows = await db`
		insert into agenda_items (meeting_id, network_id, position, kind, title, description, duration_minutes,
			standing_item_id, lists_action_items)
		select ${meetingId}, s.network_id, ${count} + row_number() over (order by s.position), s.kind, s.title,
			s.description, s.duration_minutes, s.id, s.lists_action_items and not ${hasActionList}
		from standing_items s
		where s.network_id = ${meeting.networkId}
			and not exists (select 1 from agenda_items a where a.meeting_id = ${meetingId} and a.standing_item_id = s.id)
		order by s.position
		limit ${Math.max(0, MAX_AGENDA_ITEMS - count)}
		returning id`;
	return rows.length;
}

/** The same, in a transaction of its own (the agenda page's "add the standing items"). */
export async function addMissingStandingItems(meetingId: number): Promise<number> {
	return sql.begin((tx) => addStandingItems(tx, meetingId));
}

// ---------------------------------------------------------------------------------------------
// Guests

export async function addGuest(
	meetingId: number,
	itemId: number,
	input: { name: string; organisation: string; email: string; isResponsible: boolean }
): Promise<Outcome<{ id: number }>> {
	return sql.begin(async (tx) => {
		if (!(await lockMeeting(tx, meetingId))) return refused(m.error_not_found(), undefined, 404);
		const [item] = await tx`select id from agenda_items where id = ${itemId} and meeting_id = ${meetingId}`;
		if (!item) return refused(m.agenda_error_item_gone(), undefined, 404);
		const [row]: [{ id: number }?] = await tx`
			insert into agenda_guests (agenda_item_id, name, organisation, email, is_responsible)
			values (${itemId}, ${input.name}, ${input.organisation}, ${input.email}, ${input.isResponsible})
			on conflict (agenda_item_id, email) do nothing
			returning id`;
		if (!row) return refused(m.agenda_error_guest_exists({ email: input.email }), 'email', 409);
		return done(row);
	});
}

export async function removeGuest(meetingId: number, guestId: number): Promise<Outcome> {
	const rows = await sql`
		delete from agenda_guests g using agenda_items a
		where g.id = ${guestId} and a.id = g.agenda_item_id and a.meeting_id = ${meetingId}
		returning g.id`;
	if (rows.length === 0) return refused(m.agenda_error_guest_gone(), undefined, 404);
	return done(undefined);
}

// ---------------------------------------------------------------------------------------------
// Standing items

export interface StandingItemInput {
	kind: AgendaKind;
	title: string;
	description: string;
	durationMinutes: number;
	listsActionItems: boolean;
}

export interface StandingItem extends StandingItemInput {
	id: number;
	position: number;
}

export async function listStandingItems(networkId: number): Promise<StandingItem[]> {
	return sql<StandingItem[]>`
		select id, position, kind, title, description, duration_minutes, lists_action_items
		from standing_items where network_id = ${networkId} order by position`;
}

async function lockNetwork(db: Db, networkId: number): Promise<boolean> {
	const [row] = await db`select id from networks where id = ${networkId} for update`;
	return Boolean(row);
}

export async function addStandingItem(
	networkId: number,
	input: StandingItemInput
): Promise<Outcome<{ id: number }>> {
	return sql.begin(async (tx) => {
		if (!(await lockNetwork(tx, networkId))) return refused(m.error_not_found(), undefined, 404);
		const [{ count }] = await tx<
			{ count: number }[]
		>`select count(*) from standing_items where network_id = ${networkId}`;
		if (count >= MAX_AGENDA_ITEMS) return refused(m.agenda_error_too_many({ max: MAX_AGENDA_ITEMS }));
		if (input.listsActionItems) {
			await tx`update standing_items set lists_action_items = false where network_id = ${networkId}`;
		}
		const [{ id }] = await tx<{ id: number }[]>`
			insert into standing_items (network_id, position, kind, title, description, duration_minutes, lists_action_items)
			values (${networkId}, ${count + 1}, ${input.kind}, ${input.title}, ${input.description},
				${input.durationMinutes}, ${input.listsActionItems})
			returning id`;
		return done({ id });
	});
}

export async function updateStandingItem(
	networkId: number,
	itemId: number,
	input: StandingItemInput
): Promise<Outcome> {
	return sql.begin(async (tx) => {
		if (!(await lockNetwork(tx, networkId))) return refused(m.error_not_found(), undefined, 404);
		if (input.listsActionItems) {
			await tx`update standing_items set lists_action_items = false where network_id = ${networkId} and id <> ${itemId}`;
		}
		const rows = await tx`
			update standing_items set kind = ${input.kind}, title = ${input.title}, description = ${input.description},
				duration_minutes = ${input.durationMinutes}, lists_action_items = ${input.listsActionItems}
			where id = ${itemId} and network_id = ${networkId} returning id`;
		if (rows.length === 0) return refused(m.agenda_error_item_gone(), undefined, 404);
		return done(undefined);
	});
}

/** The whole order of the standing items, as drag and drop sends it. */
export async function reorderStandingItems(networkId: number, itemIds: readonly number[]): Promise<Outcome> {
	if (new Set(itemIds).size !== itemIds.length) return refused(m.agenda_error_duplicate_position(), 'order');
	return sql.begin(async (tx) => {
		if (!(await lockNetwork(tx, networkId))) return refused(m.error_not_found(), undefined, 404);
		const current = await tx<{ id: number }[]>`select id from standing_items where network_id = ${networkId}`;
		const known = new Set(current.map((row) => row.id));
		if (current.length !== itemIds.length || itemIds.some((id) => !known.has(id))) {
			return refused(m.agenda_error_changed_meanwhile(), 'order', 409);
		}
		await tx`
			update standing_items s set position = v.position
			from unnest(${tx.array(itemIds.map(String))}::bigint[]) with ordinality as v (id, position)
			where s.id = v.id and s.network_id = ${networkId}`;
		return done(undefined);
	});
}

export async function getStandingItem(networkId: number, itemId: number): Promise<StandingItem | null> {
	const [row]: [StandingItem?] = await sql`
		select id, position, kind, title, description, duration_minutes, lists_action_items
		from standing_items where network_id = ${networkId} and id = ${itemId}`;
	return row ?? null;
}

/** Removes a standing item from the network; agendas that already have it keep their copy. */
export async function deleteStandingItem(networkId: number, itemId: number): Promise<Outcome> {
	return sql.begin(async (tx) => {
		if (!(await lockNetwork(tx, networkId))) return refused(m.error_not_found(), undefined, 404);
		if (!(await removeFromList(tx, STANDING_LIST, networkId, itemId))) {
			return refused(m.agenda_error_item_gone(), undefined, 404);
		}
		return done(undefined);
	});
}

export async function moveStandingItem(
	networkId: number,
	itemId: number,
	direction: 'up' | 'down'
): Promise<Outcome<{ position: number; count: number }>> {
	return sql.begin(async (tx) => {
		if (!(await lockNetwork(tx, networkId))) return refused(m.error_not_found(), undefined, 404);
		return moveInList(tx, STANDING_LIST, networkId, itemId, direction);
	});
}
