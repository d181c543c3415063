-- Keyword search through a side table: the searched text of each item, normalised once (lower case, no diacritics)
-- and stored, with a trigram index per part. The expression index pakn_search_idx on pakn recomputed unaccent() on
-- every candidate row it rechecked, and every non-HOT update of pakn (sweeps, actions) rewrote it.

drop index pakn_search_idx;

-- Lower case without diacritics (đ → d): what both the stored text and the keyword are compared as.
create function search_normal(text) returns text
    language sql immutable parallel safe strict
    as $$ select translate(immutable_unaccent(lower($1)), 'đ', 'd') $$;

-- What anyone who may see the item may find it by: title, content and code.
create function pakn_item_text(title text, content text, code text) returns text
    language sql immutable parallel safe
    as $$ select search_normal(coalesce(title, '') || ' ' || coalesce(content, '') || ' ' || coalesce(code, '')) $$;

-- The reporter's name and phone: findable only where the reporter is visible to the caller.
create function pakn_reporter_text(reporter_name text, reporter_phone text) returns text
    language sql immutable parallel safe
    as $$ select search_normal(coalesce(reporter_name, '') || ' ' || coalesce(reporter_phone, '')) $$;

create table pakn_search (
    pakn_id        bigint primary key references pakn (id) on delete cascade,
    item_text      text not null,
    reporter_text  text not null
);

set local maintenance_work_mem = '256MB';

insert into pakn_search (pakn_id, item_text, reporter_text)
select id, pakn_item_text(title, content, code), pakn_reporter_text(reporter_name, reporter_phone) from pakn;

create index pakn_search_item_idx on pakn_search using gin (item_text gin_trgm_ops);
create index pakn_search_reporter_idx on pakn_search using gin (reporter_text gin_trgm_ops);

-- New items, once per statement (a COPY of a million rows included).
create function pakn_search_insert() returns trigger
    language plpgsql
    as $$
begin
    insert into pakn_search (pakn_id, item_text, reporter_text)
    select id, pakn_item_text(title, content, code), pakn_reporter_text(reporter_name, reporter_phone) from new_pakn;
    return null;
end
$$;

create trigger pakn_search_insert after insert on pakn referencing new table as new_pakn
    for each statement execute function pakn_search_insert();

-- Edited items, only when a searched field changed (so that sweeps and actions never touch pakn_search).
create function pakn_search_update() returns trigger
    language plpgsql
    as $$
begin
    update pakn_search
       set item_text = pakn_item_text(new.title, new.content, new.code),
           reporter_text = pakn_reporter_text(new.reporter_name, new.reporter_phone)
     where pakn_id = new.id;
    return null;
end
$$;

create trigger pakn_search_update after update on pakn
    for each row
    when (old.title is distinct from new.title or old.content is distinct from new.content
        or old.code is distinct from new.code or old.reporter_name is distinct from new.reporter_name
        or old.reporter_phone is distinct from new.reporter_phone)
    execute function pakn_search_update();

analyze pakn_search;
