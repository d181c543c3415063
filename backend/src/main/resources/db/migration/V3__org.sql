-- Indexes for the organisation and accounts administration.

-- The account list without filters: by name.
create index account_name_idx on account (full_name, id);
-- The account list searched by a run of phone digits (phone like '%982123%').
create index account_phone_search_idx on account using gin (phone gin_trgm_ops);
-- "Does this unit have history?" before deleting it; also the audit trail of one record.
create index audit_event_target_idx on audit_event (target_type, target_id, occurred_at desc);
