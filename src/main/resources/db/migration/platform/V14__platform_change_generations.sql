-- platform: the generation of each module's data, so that views computed from it (the public dashboard, the goal
-- evaluation) can be cached on every node and are never served stale after a write. A module's tables bump its
-- topic when a transaction that changed them commits: a deferred trigger, once per transaction and topic, so the new
-- generation becomes visible exactly when the data does, on whichever node reads it next.
create table change_generation (
    topic       varchar(64) primary key,
    generation  bigint      not null
);

create function change_generation_bump() returns trigger language plpgsql as $$
declare
    topic text := tg_argv[0];
begin
    if current_setting('parkloop.bumped_' || topic, true) = 'y' then
        return null;
    end if;
    perform set_config('parkloop.bumped_' || topic, 'y', true);
    -- writers of several topics take them in one order: this lock first, held to their commit
    perform pg_advisory_xact_lock(7301202614);
    insert into change_generation (topic, generation) values (topic, 1)
        on conflict on constraint change_generation_pkey
        do update set generation = change_generation.generation + 1;
    return null;
end $$;

-- A module tracks one of its tables: `select track_changes('park', 'registry');` in the module's migration.
create function track_changes(target regclass, topic text) returns void language plpgsql as $$
begin
    execute format('create constraint trigger %I after insert or update or delete on %s '
        'deferrable initially deferred for each row execute function change_generation_bump(%L)',
        'changes_' || target::text, target, topic);
    execute format('create trigger %I after truncate on %s for each statement execute function change_generation_bump(%L)',
        'changes_truncate_' || target::text, target, topic);
end $$;
