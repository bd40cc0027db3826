-- Networks at work: term planning with a rotating beredning and host organisations, agendas with
-- standing items and guests, and action items from earlier meetings.
-- Rows that belong to one network carry its id and are tied to it by composite foreign keys, so the
-- database itself refuses e.g. a beredning member or a responsible person from another network.

-- How a network prepares its meetings (docs/domain.md: "rullande beredning" of three members).
alter table networks
	add column beredning_size integer not null default 3 check (beredning_size between 1 and 10),
	-- the chair prepares every meeting anyway, so is normally not counted in the rotation
	add column include_chair_in_beredning boolean not null default false;

-- The venue an organisation offers when it hosts a physical meeting ("lokal"); term planning proposes it.
alter table organisations
	add column meeting_venue text check (length(meeting_venue) <= 300),
	add column meeting_address text check (length(meeting_address) <= 300);

-- Targets for the composite foreign keys below.
alter table network_memberships add constraint network_memberships_id_network_key unique (id, network_id);
alter table meetings add constraint meetings_id_network_key unique (id, network_id);

-- A substitute (ersättare) stands in for a member of the same network, and a member has at most one
-- current standing substitute.
alter table network_memberships
	add constraint network_memberships_substitute_same_network
	foreign key (substitute_for, network_id) references network_memberships (id, network_id)
	on delete set null (substitute_for);
create unique index network_memberships_one_substitute_key on network_memberships (substitute_for)
	where left_on is null and substitute_for is not null;

-- The beredning of each meeting: members of the meeting's own network.
create table meeting_beredning (
	meeting_id bigint not null,
	network_id bigint not null,
	membership_id bigint not null,
	primary key (meeting_id, membership_id),
	foreign key (meeting_id, network_id) references meetings (id, network_id) on delete cascade,
	foreign key (membership_id, network_id) references network_memberships (id, network_id) on delete cascade
);
create index meeting_beredning_membership_idx on meeting_beredning (membership_id);

-- Standing items (stående punkter) are copied onto every new agenda of the network.
create table standing_items (
	id bigint generated always as identity primary key,
	network_id bigint not null references networks (id) on delete cascade,
	position integer not null check (position between 1 and 100),
	kind text not null check (kind in ('information', 'discussion', 'decision', 'work', 'break')),
	title text not null check (length(title) between 1 and 200),
	description text not null default '' check (length(description) <= 4000),
	duration_minutes integer not null default 15 check (duration_minutes between 0 and 480),
	-- open action items from earlier meetings are listed under this item ("Föregående minnesanteckningar")
	lists_action_items boolean not null default false,
	created_at timestamptz not null default now(),
	-- deferred, so that a reorder can swap positions inside one transaction
	constraint standing_items_position_key unique (network_id, position) deferrable initially deferred
);
create unique index standing_items_one_action_list_key on standing_items (network_id) where lists_action_items;

-- The agenda (dagordning): ordered items; numbers and start times are derived from the order.
create table agenda_items (
	id bigint generated always as identity primary key,
	meeting_id bigint not null,
	network_id bigint not null,
	position integer not null check (position between 1 and 100),
	kind text not null check (kind in ('information', 'discussion', 'decision', 'work', 'break')),
	title text not null check (length(title) between 1 and 200),
	description text not null default '' check (length(description) <= 4000),
	duration_minutes integer not null default 15 check (duration_minutes between 0 and 480),
	-- a fixed start (Swedish wall-clock time of day), e.g. when a guest can only come at 10.10
	pinned_start time check (pinned_start = date_trunc('minute', pinned_start)),
	standing_item_id bigint references standing_items (id) on delete set null,
	lists_action_items boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	foreign key (meeting_id, network_id) references meetings (id, network_id) on delete cascade,
	constraint agenda_items_position_key unique (meeting_id, position) deferrable initially deferred,
	constraint agenda_items_id_network_key unique (id, network_id)
);
create unique index agenda_items_one_action_list_key on agenda_items (meeting_id) where lists_action_items;

-- Members responsible for an item (ansvarig). Guests responsible for their item are in agenda_guests.
create table agenda_item_responsibles (
	agenda_item_id bigint not null,
	network_id bigint not null,
	membership_id bigint not null,
	primary key (agenda_item_id, membership_id),
	foreign key (agenda_item_id, network_id) references agenda_items (id, network_id) on delete cascade,
	foreign key (membership_id, network_id) references network_memberships (id, network_id) on delete cascade
);
create index agenda_item_responsibles_membership_idx on agenda_item_responsibles (membership_id);

-- Guests invited for a single item (a "deltagandepunkt" in the meeting notes; see docs/domain.md).
create table agenda_guests (
	id bigint generated always as identity primary key,
	agenda_item_id bigint not null references agenda_items (id) on delete cascade,
	name text not null check (length(name) between 1 and 120),
	organisation text not null default '' check (length(organisation) <= 200),
	email text not null check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+$' and length(email) <= 254),
	is_responsible boolean not null default true,
	created_at timestamptz not null default now()
);
create unique index agenda_guests_item_email_key on agenda_guests (agenda_item_id, email);

-- Action items (att göra) from a meeting, listed on later agendas until done. Minutes come later;
-- this is the minimum the agenda needs.
create table action_items (
	id bigint generated always as identity primary key,
	network_id bigint not null,
	meeting_id bigint not null,
	owner_membership_id bigint not null,
	task text not null check (length(task) between 1 and 500),
	due_on date,
	done_at timestamptz,
	created_at timestamptz not null default now(),
	foreign key (meeting_id, network_id) references meetings (id, network_id) on delete cascade,
	foreign key (owner_membership_id, network_id) references network_memberships (id, network_id) on delete cascade
);
create index action_items_open_idx on action_items (network_id, meeting_id) where done_at is null;
