-- Foundation: organisations, people, sessions, networks, meetings, conferences, mail, throttling.
-- Invariants live here as constraints so that no code path can break them.

create table organisations (
	id bigint generated always as identity primary key,
	name text not null check (length(name) between 1 and 200),
	short_name text check (length(short_name) <= 40),
	kind text not null check (kind in ('municipality', 'federation', 'region', 'agency', 'university', 'other')),
	created_at timestamptz not null default now()
);
create unique index organisations_name_key on organisations (lower(name));

create table users (
	id bigint generated always as identity primary key,
	email text not null check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+$' and length(email) <= 254),
	name text not null check (length(name) between 1 and 120),
	title text check (length(title) <= 120),
	organisation_id bigint references organisations (id) on delete set null,
	-- null until the person has accepted an invitation and chosen a password
	password_hash text,
	password_changed_at timestamptz,
	is_admin boolean not null default false,
	created_at timestamptz not null default now()
);
create unique index users_email_key on users (email);

-- Sessions as in the Lucia guide: the cookie holds a random token, we store only its SHA-256.
create table sessions (
	id text primary key check (id ~ '^[0-9a-f]{64}$'),
	user_id bigint not null references users (id) on delete cascade,
	expires_at timestamptz not null,
	created_at timestamptz not null default now()
);
create index sessions_user_id_idx on sessions (user_id);

-- Single-use links sent by e-mail: invitations, password resets and the first administrator's set-up.
create table auth_tokens (
	id text primary key check (id ~ '^[0-9a-f]{64}$'),
	purpose text not null check (purpose in ('invitation', 'password_reset', 'admin_setup')),
	user_id bigint references users (id) on delete cascade,
	created_by bigint references users (id) on delete set null,
	expires_at timestamptz not null,
	used_at timestamptz,
	created_at timestamptz not null default now(),
	check ((purpose = 'admin_setup') = (user_id is null))
);
create index auth_tokens_user_idx on auth_tokens (user_id, purpose);

-- Failed and successful sign-ins, shared by every app instance so throttling holds behind a load balancer.
create table login_attempts (
	id bigint generated always as identity primary key,
	email text not null,
	ip text not null,
	succeeded boolean not null,
	attempted_at timestamptz not null default now()
);
create index login_attempts_email_idx on login_attempts (email, attempted_at);
create index login_attempts_ip_idx on login_attempts (ip, attempted_at);

-- Every message the app sends. Without SMTP_URL this is the only delivery ("Utkorg").
create table outbox (
	id bigint generated always as identity primary key,
	to_address text not null,
	subject text not null,
	text_body text not null,
	html_body text,
	calendar text,
	calendar_method text check (calendar_method in ('REQUEST', 'CANCEL', 'PUBLISH')),
	created_at timestamptz not null default now(),
	sent_at timestamptz,
	error text
);
create index outbox_created_idx on outbox (created_at desc);

create table networks (
	id bigint generated always as identity primary key,
	slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 60),
	name text not null check (length(name) between 1 and 160),
	short_name text not null check (length(short_name) between 1 and 40),
	description text not null default '' check (length(description) <= 4000),
	-- whether meeting dates and agendas are public; minutes never are
	is_public boolean not null default false,
	organisation_id bigint references organisations (id) on delete set null,
	default_start time not null default '09:00',
	default_end time not null default '12:00',
	default_online_url text check (default_online_url ~ '^https://'),
	default_venue text check (length(default_venue) <= 300),
	created_at timestamptz not null default now(),
	check (default_end > default_start)
);

create table network_memberships (
	id bigint generated always as identity primary key,
	network_id bigint not null references networks (id) on delete cascade,
	user_id bigint not null references users (id) on delete cascade,
	role text not null check (role in ('chair', 'secretary', 'member', 'substitute')),
	-- the organisation the person represents in this network
	organisation_id bigint references organisations (id) on delete set null,
	-- a substitute (ersättare) stands in for one member
	substitute_for bigint references network_memberships (id) on delete set null,
	joined_on date not null default current_date,
	left_on date,
	check (left_on is null or left_on >= joined_on),
	check ((role = 'substitute') or substitute_for is null)
);
-- history is kept: a person may have several memberships over time but only one current
create unique index network_memberships_current_key on network_memberships (network_id, user_id)
	where left_on is null;
create index network_memberships_user_idx on network_memberships (user_id);

create table meetings (
	id bigint generated always as identity primary key,
	network_id bigint not null references networks (id) on delete cascade,
	number integer not null check (number > 0),
	title text not null default '' check (length(title) <= 200),
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	is_full_day boolean not null default false,
	format text not null check (format in ('digital', 'physical', 'hybrid')),
	venue text check (length(venue) <= 300),
	address text check (length(address) <= 300),
	online_url text check (online_url ~ '^https://'),
	host_organisation_id bigint references organisations (id) on delete set null,
	status text not null default 'planned' check (status in ('planned', 'confirmed', 'cancelled')),
	cancel_reason text check (length(cancel_reason) <= 500),
	cancelled_at timestamptz,
	-- iCalendar SEQUENCE: raised whenever time or place changes
	sequence integer not null default 0,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (network_id, number),
	check (ends_at > starts_at),
	check ((status = 'cancelled') = (cancelled_at is not null))
);
create index meetings_starts_idx on meetings (network_id, starts_at);

create table conference_series (
	id bigint generated always as identity primary key,
	slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	name text not null check (length(name) between 1 and 200),
	description text not null default ''
);

create table conferences (
	id bigint generated always as identity primary key,
	series_id bigint not null references conference_series (id) on delete restrict,
	slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
	title text not null check (length(title) between 1 and 200),
	starts_on date not null,
	ends_on date not null,
	venue text check (length(venue) <= 300),
	address text check (length(address) <= 300),
	description text not null default '' check (length(description) <= 8000),
	contact_email text,
	status text not null default 'draft'
		check (status in ('draft', 'published', 'registration_open', 'registration_closed', 'completed')),
	created_at timestamptz not null default now(),
	check (ends_on >= starts_on)
);
create index conferences_starts_idx on conferences (starts_on);

create table conference_roles (
	conference_id bigint not null references conferences (id) on delete cascade,
	user_id bigint not null references users (id) on delete cascade,
	-- organiser: the working group (arbetsgrupp); coordinator leads it; office: sees registrations only
	role text not null check (role in ('coordinator', 'organiser', 'office')),
	primary key (conference_id, user_id)
);
create index conference_roles_user_idx on conference_roles (user_id);
