-- Conference programmes: rooms, tracks, speakers and sessions of an edition, the published
-- versions of its programme, and each participant's own programme ("Mitt program").
--
-- Every programme row carries its conference_id, and references between them are composite
-- (conference_id, id) foreign keys: a session can only use a room, a track or a speaker of its own
-- conference, whatever the code does.

-- "Ny upplaga" remembers which edition a new one was copied from.
alter table conferences add column copied_from_id bigint references conferences (id) on delete set null;

-- The hours each conference day runs (Europe/Stockholm wall clock); a date without a row runs
-- 08.00–18.00. Copied to the next edition as its time blocks.
create table conference_days (
	conference_id bigint not null references conferences (id) on delete cascade,
	day date not null,
	starts time not null default '08:00',
	ends time not null default '18:00',
	primary key (conference_id, day),
	check (ends > starts)
);

create table conference_rooms (
	id bigint generated always as identity primary key,
	conference_id bigint not null references conferences (id) on delete cascade,
	name text not null check (length(btrim(name)) between 1 and 100),
	capacity integer check (capacity between 1 and 100000),
	accessibility text not null default '' check (length(accessibility) <= 1000),
	position integer not null default 0,
	unique (conference_id, id)
);
-- Both schedule formats file events under the room's name, so names are unique per edition.
create unique index conference_rooms_name_key on conference_rooms (conference_id, lower(btrim(name)));

create table conference_tracks (
	id bigint generated always as identity primary key,
	conference_id bigint not null references conferences (id) on delete cascade,
	name text not null check (length(btrim(name)) between 1 and 100),
	description text not null default '' check (length(description) <= 2000),
	-- contrast against the page is checked by the application (#lib/domain/colour-contrast.ts)
	colour text not null check (colour ~ '^#[0-9a-f]{6}$'),
	position integer not null default 0,
	-- the track lead (spårledare), a name as printed in the programme
	lead_name text check (length(lead_name) <= 120),
	unique (conference_id, id)
);
create unique index conference_tracks_name_key on conference_tracks (conference_id, lower(btrim(name)));

-- Speakers belong to one edition: titles and organisations change from year to year, and a new
-- edition starts without speakers.
create table conference_speakers (
	id bigint generated always as identity primary key,
	conference_id bigint not null references conferences (id) on delete cascade,
	name text not null check (length(btrim(name)) between 1 and 120),
	title text check (length(title) <= 120),
	organisation text check (length(organisation) <= 200),
	bio text not null default '' check (length(bio) <= 2000),
	created_at timestamptz not null default now(),
	unique (conference_id, id)
);
create index conference_speakers_conference_idx on conference_speakers (conference_id, lower(name));

-- The working (draft) programme. "sessions" is taken by sign-in sessions, hence the prefix.
create table programme_sessions (
	id bigint generated always as identity primary key,
	conference_id bigint not null references conferences (id) on delete cascade,
	-- stable across edits and versions: schedule apps and calendars follow the session by it
	guid uuid not null unique default gen_random_uuid(),
	title text not null check (length(btrim(title)) between 1 and 200),
	abstract text not null default '' check (length(abstract) <= 4000),
	kind text not null check (kind in ('plenary', 'track', 'break', 'lunch', 'mingle', 'closing')),
	track_id bigint,
	-- null: the whole venue (a joint plenary, or a break across all rooms)
	room_id bigint,
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	language text not null default 'sv' check (language in ('sv', 'en')),
	-- null: the room's capacity applies
	capacity integer check (capacity between 1 and 100000),
	cancelled_at timestamptz,
	-- iCalendar SEQUENCE: raised by the trigger below whenever time, room or cancellation changes
	sequence integer not null default 0,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	check (ends_at > starts_at),
	check (ends_at - starts_at < interval '24 hours'),
	-- a track session belongs to a track; everything else (plenary, breaks, mingle) to none
	check ((kind = 'track') = (track_id is not null)),
	unique (conference_id, id),
	foreign key (conference_id, track_id) references conference_tracks (conference_id, id),
	foreign key (conference_id, room_id) references conference_rooms (conference_id, id)
);
create index programme_sessions_conference_idx on programme_sessions (conference_id, starts_at);
create index programme_sessions_track_idx on programme_sessions (track_id) where track_id is not null;
create index programme_sessions_room_idx on programme_sessions (room_id) where room_id is not null;

create function programme_sessions_touch() returns trigger language plpgsql as $$
begin
	new.updated_at := now();
	if new.starts_at is distinct from old.starts_at
		or new.ends_at is distinct from old.ends_at
		or new.room_id is distinct from old.room_id
		or new.cancelled_at is distinct from old.cancelled_at then
		new.sequence := old.sequence + 1;
	end if;
	return new;
end
$$;
create trigger programme_sessions_touch before update on programme_sessions
	for each row execute function programme_sessions_touch();

create table programme_session_speakers (
	conference_id bigint not null,
	session_id bigint not null,
	speaker_id bigint not null,
	position smallint not null default 0,
	primary key (session_id, speaker_id),
	foreign key (conference_id, session_id) references programme_sessions (conference_id, id) on delete cascade,
	foreign key (conference_id, speaker_id) references conference_speakers (conference_id, id) on delete cascade
);
create index programme_session_speakers_speaker_idx on programme_session_speakers (speaker_id);

-- "Publicera": the whole programme as the public sees it, frozen. The public pages and the
-- exports read only the newest version, never the draft.
create table programme_versions (
	id bigint generated always as identity primary key,
	conference_id bigint not null references conferences (id) on delete cascade,
	number integer not null check (number > 0),
	snapshot jsonb not null,
	note text not null default '' check (length(note) <= 500),
	-- what changed since the version before (#lib/domain/published-programme.ts diffProgrammes)
	changes jsonb not null default '[]',
	published_by bigint references users (id) on delete set null,
	published_at timestamptz not null default now(),
	unique (conference_id, number)
);

-- "Mitt program" of a signed-in participant. Sessions are referred to by GUID, as in the published
-- programme: a session removed from the draft stays bookmarked until a version without it is published.
create table programme_bookmarks (
	user_id bigint not null references users (id) on delete cascade,
	conference_id bigint not null references conferences (id) on delete cascade,
	session_guid uuid not null,
	created_at timestamptz not null default now(),
	primary key (user_id, session_guid)
);
create index programme_bookmarks_conference_idx on programme_bookmarks (user_id, conference_id);
