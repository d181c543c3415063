-- What the deadline jobs (issue 4) need: when an open item turns "Sắp đến hạn" and when its handler is reminded,
-- once-only reminders and escalations, coordinating units' sub-deadlines, appointments that need a leader.

-- Set with the deadline when a step starts (StepDeadlines) or an appointment moves it; null once handled.
alter table pakn add column due_soon_at timestamptz;
alter table pakn add column remind_at timestamptz;
-- The item's deadline was moved by an approved appointment (Hẹn xử lý): reports tell "extended" from "late".
alter table pakn add column deadline_extended boolean not null default false;

-- The sweeps read only open items that still have something due, in time order.
create index pakn_deadline_due_idx on pakn (deadline, id) where deadline is not null and status <> 'COMPLETED';
create index pakn_due_soon_idx on pakn (due_soon_at, id) where due_soon_at is not null;
create index pakn_remind_idx on pakn (remind_at, id) where remind_at is not null;

-- A coordinating unit's own deadline, inside the main unit's.
alter table pakn_unit add column deadline timestamptz;

alter table unit add column requires_appointment_approval boolean not null default false;

-- A reminder or an escalation happens at most once per (item, deadline): a second instance's insert conflicts.
create sequence deadline_event_seq start with 1 increment by 50;
create table deadline_event (
    id          bigint      primary key,
    pakn_id     bigint      not null references pakn (id),
    -- REMINDER, ESCALATION
    kind        varchar(20) not null,
    deadline    timestamptz not null,
    occurred_at timestamptz not null,
    constraint deadline_event_kind_check check (kind in ('REMINDER', 'ESCALATION')),
    constraint deadline_event_once unique (pakn_id, kind, deadline)
);
