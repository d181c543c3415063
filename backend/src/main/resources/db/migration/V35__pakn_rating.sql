-- Ratings from the citizens' portal (Đánh giá): once per PAKN, the primary key refuses a second one atomically.

create table pakn_rating (
    pakn_id    bigint        primary key references pakn (id),
    rating     varchar(20)   not null,
    comment    varchar(2000),
    rated_at   timestamptz   not null,
    client_id  bigint        references service_client (id),
    constraint pakn_rating_rating_check check (rating in ('SATISFIED', 'NEUTRAL', 'DISSATISFIED'))
);

-- Copied onto the item so that the detail, the list report and the statistics rollup read one row.
alter table pakn add column rating varchar(20);
alter table pakn add column rating_comment varchar(2000);
alter table pakn add column rated_at timestamptz;

create function pakn_rating_copy() returns trigger language plpgsql as $$
begin
    update pakn p set rating = r.rating, rating_comment = r.comment, rated_at = r.rated_at
    from new_ratings r where p.id = r.pakn_id;
    return null;
end $$;

-- Statement level: a bulk insert of ratings updates pakn in one statement (one pass of the rollup trigger).
create trigger pakn_rating_copy after insert on pakn_rating referencing new table as new_ratings
    for each statement execute function pakn_rating_copy();
