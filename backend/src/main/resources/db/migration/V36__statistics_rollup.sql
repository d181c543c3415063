-- Statistics (Thống kê): counts of PAKN summed in advance, so that a report over a year of a million items reads a
-- few hundred rows instead of the items. Maintained in the same transaction as every change to pakn by a trigger.
--
-- A row counts the items of one cuboid cell: which dimensions a cuboid keeps, and at which grain (D: the day of
-- reported_at in Asia/Ho_Chi_Minh, M: its month). A report reads whole months from M rows and the days at both ends
-- of its period from D rows, in the smallest cuboid that has the dimensions its filters need:
--   0 (D): nothing but the day — the weekly trend of all units
--   1 (D, M): main unit — the per-unit reports and the status totals
--   2 (D, M): main unit, channel — status by channel
--   3 (D): main unit, category, channel — any report filtered by category or channel (ad hoc)
-- Dimensions a cuboid does not keep are null; main_unit_id null also means "not routed yet", the cuboid tells them
-- apart. Cells are never deleted (a count may go back to 0), so a decrement never races a delete.

create table pakn_stat (
    cuboid              smallint  not null,
    grain               char(1)   not null,
    period              date      not null,
    main_unit_id        bigint,
    category_id         bigint,
    channel_id          bigint,
    total               bigint    not null,
    awaiting_reception  bigint    not null,
    waiting             bigint    not null,
    in_progress         bigint    not null,
    appointed           bigint    not null,
    completed           bigint    not null,
    disclosed           bigint    not null,
    satisfied           bigint    not null,
    neutral             bigint    not null,
    dissatisfied        bigint    not null,
    on_time             bigint    not null,
    late                bigint    not null,
    extended            bigint    not null,
    constraint pakn_stat_cuboid_check check (cuboid between 0 and 3),
    constraint pakn_stat_grain_check check (grain in ('D', 'M'))
);
create unique index pakn_stat_cell on pakn_stat (cuboid, grain, period, main_unit_id, category_id, channel_id)
    nulls not distinct;
-- A unit's own reports (leaders, specialists) read only its rows.
create index pakn_stat_unit_idx on pakn_stat (cuboid, grain, main_unit_id, period);

-- The statement that adds to every cuboid's cells a set of items, each with sign +1 (added) or -1 (removed), summed
-- per cell. The items come from the query text `source`, which yields (sign, pakn columns...). Sorted by cell, so
-- that concurrent transactions lock cells in the same order and never deadlock each other. Returned as text for the
-- trigger to execute itself: its transition tables are visible only to its own statements.
create function pakn_stat_sql(source text) returns text language sql immutable as $$
    select format($q$
        with items as (
            select s.sign, (s.reported_at at time zone 'Asia/Ho_Chi_Minh')::date as day, s.main_unit_id,
                   s.category_id, s.channel_id, s.status, s.identity_disclosed, s.rating, s.progress,
                   s.deadline_extended
            from (%s) s
        ), cells as (
            select c.cuboid, c.grain, c.period, c.main_unit_id, c.category_id, c.channel_id, i.sign, i.status,
                   i.identity_disclosed, i.rating, i.progress, i.deadline_extended
            from items i cross join lateral (values
                (0::smallint, 'D', i.day, null::bigint, null::bigint, null::bigint),
                (1::smallint, 'D', i.day, i.main_unit_id, null, null),
                (1::smallint, 'M', date_trunc('month', i.day)::date, i.main_unit_id, null, null),
                (2::smallint, 'D', i.day, i.main_unit_id, null, i.channel_id),
                (2::smallint, 'M', date_trunc('month', i.day)::date, i.main_unit_id, null, i.channel_id),
                (3::smallint, 'D', i.day, i.main_unit_id, i.category_id, i.channel_id)
            ) as c(cuboid, grain, period, main_unit_id, category_id, channel_id)
        )
        insert into pakn_stat as t (cuboid, grain, period, main_unit_id, category_id, channel_id, total,
            awaiting_reception, waiting, in_progress, appointed, completed, disclosed, satisfied, neutral,
            dissatisfied, on_time, late, extended)
        select cuboid, grain, period, main_unit_id, category_id, channel_id,
               sum(sign),
               coalesce(sum(sign) filter (where status = 'AWAITING_RECEPTION'), 0),
               coalesce(sum(sign) filter (where status = 'WAITING'), 0),
               coalesce(sum(sign) filter (where status = 'IN_PROGRESS'), 0),
               coalesce(sum(sign) filter (where status = 'APPOINTED'), 0),
               coalesce(sum(sign) filter (where status = 'COMPLETED'), 0),
               coalesce(sum(sign) filter (where identity_disclosed), 0),
               coalesce(sum(sign) filter (where rating = 'SATISFIED'), 0),
               coalesce(sum(sign) filter (where rating = 'NEUTRAL'), 0),
               coalesce(sum(sign) filter (where rating = 'DISSATISFIED'), 0),
               coalesce(sum(sign) filter (where progress = 'ON_TIME' and not deadline_extended), 0),
               coalesce(sum(sign) filter (where progress in ('LATE', 'OVERDUE')), 0),
               coalesce(sum(sign) filter (where progress = 'ON_TIME' and deadline_extended), 0)
        from cells
        group by cuboid, grain, period, main_unit_id, category_id, channel_id
        order by cuboid, grain, period, main_unit_id, category_id, channel_id
        on conflict (cuboid, grain, period, main_unit_id, category_id, channel_id) do update set
            total = t.total + excluded.total,
            awaiting_reception = t.awaiting_reception + excluded.awaiting_reception,
            waiting = t.waiting + excluded.waiting,
            in_progress = t.in_progress + excluded.in_progress,
            appointed = t.appointed + excluded.appointed,
            completed = t.completed + excluded.completed,
            disclosed = t.disclosed + excluded.disclosed,
            satisfied = t.satisfied + excluded.satisfied,
            neutral = t.neutral + excluded.neutral,
            dissatisfied = t.dissatisfied + excluded.dissatisfied,
            on_time = t.on_time + excluded.on_time,
            late = t.late + excluded.late,
            extended = t.extended + excluded.extended
    $q$, source)
$$;

-- The columns a cell depends on; an update that changes none of them touches no cell.
create function pakn_stat_changed() returns trigger language plpgsql as $$
declare
    keys constant text := 'reported_at, main_unit_id, category_id, channel_id, status, identity_disclosed, rating,'
        || ' progress, deadline_extended';
begin
    if tg_op = 'INSERT' then
        execute pakn_stat_sql('select 1 as sign, * from new_items');
    elsif tg_op = 'DELETE' then
        execute pakn_stat_sql('select -1 as sign, * from old_items');
    else
        execute pakn_stat_sql(format(
            'select -1 as sign, o.* from old_items o join new_items n using (id) where (o.%1$s) is distinct from (n.%2$s)'
            || ' union all select 1, n.* from new_items n join old_items o using (id)'
            || ' where (o.%1$s) is distinct from (n.%2$s)',
            replace(keys, ', ', ', o.'), replace(keys, ', ', ', n.')));
    end if;
    return null;
end $$;

create trigger pakn_stat_insert after insert on pakn referencing new table as new_items
    for each statement execute function pakn_stat_changed();
create trigger pakn_stat_update after update on pakn referencing old table as old_items new table as new_items
    for each statement execute function pakn_stat_changed();
create trigger pakn_stat_delete after delete on pakn referencing old table as old_items
    for each statement execute function pakn_stat_changed();

-- Recounts every cell from the items: after a bulk load that bypassed the trigger (bench/seed-big.sh), or to check.
create function pakn_stat_rebuild() returns void language plpgsql as $$
begin
    lock table pakn in share mode;
    truncate pakn_stat;
    execute pakn_stat_sql('select 1 as sign, * from pakn');
end $$;

select pakn_stat_rebuild();
