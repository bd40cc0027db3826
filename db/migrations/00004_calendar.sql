-- Calendar subscriptions and meeting invitations (kallelse).

-- A personal feed is reached through an unguessable token in its address. Calendar clients cannot
-- sign in, so the address itself is the credential; regenerating replaces the row and the old
-- address stops working at once. The token is kept (not only a hash) so its owner can see and
-- copy the address again; it only ever grants reading that person's calendar.
create table calendar_tokens (
	user_id bigint primary key references users (id) on delete cascade,
	token text not null unique check (token ~ '^[a-z2-7]{32}$'),
	created_at timestamptz not null default now()
);

-- Every kallelse, update and cancellation sent for a meeting, with the SEQUENCE it carried, so the
-- meeting page can show when people were told and updates go to the same recipients.
create table meeting_notices (
	id bigint generated always as identity primary key,
	meeting_id bigint not null references meetings (id) on delete cascade,
	kind text not null check (kind in ('invitation', 'update', 'cancellation')),
	sequence integer not null check (sequence >= 0),
	sent_by bigint references users (id) on delete set null,
	sent_at timestamptz not null default now(),
	recipients text[] not null check (cardinality(recipients) > 0)
);
create index meeting_notices_meeting_idx on meeting_notices (meeting_id, sent_at);

-- Calendar feeds are cached by content version. Any change that can alter a network's feed (its
-- meetings, their agendas, responsibles and guests, the beredning, the members) appends a row here,
-- so whether a cached feed is still current is one index probe: the newest id for the network.
-- Appending takes no lock on a shared row, so concurrent edits of one network never wait for each
-- other (or deadlock) because of it. Old rows are pruned at start-up.
create table calendar_changes (
	id bigint generated always as identity primary key,
	network_id bigint not null references networks (id) on delete cascade,
	changed_at timestamptz not null default clock_timestamp()
);
create index calendar_changes_network_idx on calendar_changes (network_id, id desc);

create function network_calendar_changed() returns trigger language plpgsql as $$
begin
	if tg_op in ('UPDATE', 'DELETE') then
		insert into calendar_changes (network_id) select old.network_id where exists (select 1 from networks where id = old.network_id);
	end if;
	if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.network_id is distinct from old.network_id) then
		insert into calendar_changes (network_id) values (new.network_id);
	end if;
	return null;
end
$$;

create trigger meetings_calendar after insert or update or delete on meetings
	for each row execute function network_calendar_changed();
create trigger agenda_items_calendar after insert or update or delete on agenda_items
	for each row execute function network_calendar_changed();
create trigger agenda_item_responsibles_calendar after insert or update or delete on agenda_item_responsibles
	for each row execute function network_calendar_changed();
create trigger meeting_beredning_calendar after insert or update or delete on meeting_beredning
	for each row execute function network_calendar_changed();
create trigger network_memberships_calendar after insert or update or delete on network_memberships
	for each row execute function network_calendar_changed();

-- Guests carry no network id; theirs is their agenda item's.
create function agenda_guest_calendar_changed() returns trigger language plpgsql as $$
begin
	insert into calendar_changes (network_id)
	select a.network_id from agenda_items a where a.id = coalesce(new.agenda_item_id, old.agenda_item_id);
	return null;
end
$$;
create trigger agenda_guests_calendar after insert or update or delete on agenda_guests
	for each row execute function agenda_guest_calendar_changed();

-- The network's own names appear in every event.
create function network_row_calendar_changed() returns trigger language plpgsql as $$
begin
	if (new.name, new.short_name, new.slug, new.is_public) is distinct from (old.name, old.short_name, old.slug, old.is_public) then
		insert into calendar_changes (network_id) values (new.id);
	end if;
	return null;
end
$$;
create trigger networks_calendar after update on networks
	for each row execute function network_row_calendar_changed();
