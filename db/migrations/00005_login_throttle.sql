-- Login throttling as counters that one transaction reserves under a row lock before the password
-- is checked, so parallel attempts count (src/lib/server/auth/throttle.ts). The old log of attempts
-- was read and written in separate statements, which let parallel requests through.
create table login_throttle (
	-- 'pair:<ip>:<email>', 'address:<ip>', 'account:<email>' or 'device:<nonce>'
	bucket text primary key check (bucket ~ '^(pair|address|account|device):' and length(bucket) <= 600),
	attempts integer not null default 0 check (attempts >= 0),
	window_start timestamptz
);
create index login_throttle_window_idx on login_throttle (window_start);

drop table login_attempts;

-- Server-side secrets generated at first use and shared by every app instance, e.g. the key that
-- signs the device cookies of the login throttle. Never sent to a browser.
create table app_secrets (
	name text primary key,
	value bytea not null check (length(value) >= 32),
	created_at timestamptz not null default now()
);
