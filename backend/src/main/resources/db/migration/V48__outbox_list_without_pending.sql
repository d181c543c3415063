-- The admin's messages by status (OutboxAdminRepository) no longer index the ones waiting to be sent: the
-- dispatcher's partial index (outbox_due_idx) holds exactly those and serves that list too. Every enqueued message
-- writes one index entry fewer — 200,000 in a catch-up of 100,000 escalations; `make bench-sweep-whatif` measured the
-- sweep's yardstick 4 % faster without the whole index. A sent or dead message enters this one when it leaves
-- PENDING, as it did before (that update is never HOT: its status is indexed).
drop index outbox_status_time_idx;
create index outbox_status_time_idx on outbox_message (status, created_at desc, id desc) where status <> 'PENDING';
