/**
 * Published conference sessions as calendar events: per edition, per track, one session, and the
 * sessions a person has marked ("Mitt program") for their personal feed. Only the newest published
 * version is ever read, never the organisers' draft.
 */
import { buildCalendarFeed, type CalendarEvent } from '../../domain/feeds/ical.ts';
import type { ProgrammeSession, ProgrammeSnapshot } from '../../domain/conferences/published-programme.ts';
import { SESSION_KIND_LABELS } from '../../domain/conferences/programme.ts';
import { parseStockholmLocal } from '../../domain/platform/stockholm-time.ts';
import { sql } from '../platform/db.ts';
import { getPublished } from '../conferences/programme.ts';

export interface PublishedConference {
	id: number;
	slug: string;
	title: string;
	venue: string | null;
	address: string | null;
}

function instant(local: string): Date {
	const [date, time] = local.split('T');
	const parsed = parseStockholmLocal(date, time);
	// published sessions were validated when saved; a failure here is a bug, not bad input
	if (!parsed.ok) throw new Error(`Ogiltig tid i publicerat program: ${local}`);
	return parsed.value;
}

export function sessionUrl(
	origin: string,
	conferenceSlug: string,
	session: Pick<ProgrammeSession, 'id'>
): string {
	return `${origin}/konferenser/${conferenceSlug}/pass/${session.id}`;
}

export function sessionEvent(
	conference: PublishedConference,
	snapshot: ProgrammeSnapshot,
	session: ProgrammeSession,
	origin: string,
	publishedAt: Date
): CalendarEvent {
	const room = snapshot.rooms.find((r) => r.id === session.roomId);
	const track = snapshot.tracks.find((t) => t.id === session.trackId);
	const speakers = session.speakers.map((s) => [s.name, s.title, s.organisation].filter(Boolean).join(', '));
	const url = sessionUrl(origin, conference.slug, session);
	const place = [
		room?.name ?? (session.roomId === null ? 'Gemensamt' : null),
		conference.venue,
		conference.address
	]
		.filter(Boolean)
		.join(', ');
	return {
		uid: `session-${session.guid}@samverka`,
		sequence: session.sequence,
		start: instant(session.startsAt),
		end: instant(session.endsAt),
		allDay: false,
		summary: `${conference.title}: ${session.title}`,
		status: session.cancelled ? 'CANCELLED' : 'CONFIRMED',
		cancelledAt: session.cancelled ? publishedAt : undefined,
		location: place || null,
		url,
		onlineUrl: null,
		description: [
			session.abstract,
			speakers.length ? `Medverkande: ${speakers.join('; ')}` : '',
			track ? `Spår: ${track.name}` : '',
			`Mer information: ${url}`
		]
			.filter(Boolean)
			.join('\n\n'),
		categories: [SESSION_KIND_LABELS[session.kind], ...(track ? [track.name] : [])],
		lastModified: publishedAt
	};
}

/** The conference by slug if it has a published programme anyone may see. */
export async function publishedConference(
	slug: string
): Promise<(PublishedConference & { version: number; publishedAt: Date }) | null> {
	const [row]: [(PublishedConference & { version: number; publishedAt: Date })?] = await sql`
		select c.id, c.slug, c.title, c.venue, c.address, v.number as version, v.published_at
		from conferences c
		join lateral (
			select number, published_at from programme_versions where conference_id = c.id order by number desc limit 1
		) v on true
		where c.slug = ${slug} and c.status <> 'draft'`;
	return row ?? null;
}

export async function buildProgrammeFeed(input: {
	conference: PublishedConference;
	trackId: number | null;
	origin: string;
	feedUrl: string;
	now: Date;
}): Promise<string | null> {
	const published = await getPublished(input.conference.id);
	if (!published) return null;
	const { snapshot } = published;
	const track = input.trackId === null ? null : snapshot.tracks.find((t) => t.id === input.trackId);
	if (input.trackId !== null && !track) return null;
	const sessions = snapshot.sessions.filter(
		// a track's feed keeps the joint sessions too: that is the day of someone following the track
		(s) => track === null || s.trackId === track?.id || s.trackId === null
	);
	return buildCalendarFeed({
		name: track ? `${input.conference.title} – ${track.name}` : input.conference.title,
		url: input.feedUrl,
		events: sessions.map((s) =>
			sessionEvent(input.conference, snapshot, s, input.origin, published.publishedAt)
		),
		now: published.publishedAt
	});
}

/** Marked sessions of every conference the person has marked something in, as events. */
export async function bookmarkedSessionEvents(userId: number, origin: string): Promise<CalendarEvent[]> {
	const conferences = await sql<(PublishedConference & { guids: string[] })[]>`
		select c.id, c.slug, c.title, c.venue, c.address, array_agg(b.session_guid::text) as guids
		from programme_bookmarks b join conferences c on c.id = b.conference_id
		where b.user_id = ${userId} and c.status <> 'draft'
		group by c.id`;
	const events: CalendarEvent[] = [];
	for (const conference of conferences) {
		const published = await getPublished(conference.id);
		if (!published) continue;
		const marked = new Set(conference.guids);
		for (const session of published.snapshot.sessions) {
			if (marked.has(session.guid)) {
				events.push(sessionEvent(conference, published.snapshot, session, origin, published.publishedAt));
			}
		}
	}
	return events;
}

/** Changes to a person's marks or to the programmes they marked in. */
export async function bookmarksVersion(userId: number): Promise<{ version: string; lastModified: Date }> {
	const [row] = await sql<{ version: string; lastModified: Date | null }[]>`
		select coalesce(string_agg(b.session_guid::text || '@' || coalesce(v.number, 0), ',' order by b.session_guid), '') as version,
			greatest(max(b.created_at), max(v.published_at)) as last_modified
		from programme_bookmarks b
		left join lateral (
			select number, published_at from programme_versions where conference_id = b.conference_id
			order by number desc limit 1
		) v on true
		where b.user_id = ${userId}`;
	return { version: row.version, lastModified: row.lastModified ?? new Date(0) };
}

/** One session of a published programme by its GUID, with what an event needs. */
export async function publishedSession(guid: string) {
	const [conference]: [PublishedConference?] = await sql`
		select c.id, c.slug, c.title, c.venue, c.address
		from programme_sessions s join conferences c on c.id = s.conference_id
		where s.guid = ${guid} and c.status <> 'draft'`;
	const published = conference ? await getPublished(conference.id) : null;
	const session = published?.snapshot.sessions.find((s) => s.guid === guid);
	return conference && published && session ? { conference, published, session } : null;
}
