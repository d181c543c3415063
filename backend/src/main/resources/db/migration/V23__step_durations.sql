-- How long each step may take, in working minutes, per category where it differs (deadline.StepDeadlines).
-- A step without a row has no deadline (the clock stops while an item waits at the operator).

create sequence step_duration_seq start with 1 increment by 50;

create table step_duration (
    id               bigint  primary key,
    process_step_id  bigint  not null references process_step (id),
    -- null: every category without a row of its own
    category_id      bigint  references category (id),
    working_minutes  integer not null,
    constraint step_duration_unique unique nulls not distinct (process_step_id, category_id),
    constraint step_duration_positive check (working_minutes > 0)
);

-- 8 working hours at every unit and escalation step, as the seed's manual implies.
insert into step_duration (id, process_step_id, working_minutes)
select nextval('step_duration_seq'), s.id, 480
from process_step s
where s.kind in ('PROCESSING', 'COORDINATION', 'ESCALATION');

alter table pakn add column deadline_started_at timestamptz;

create index pakn_progress_idx on pakn (progress, reported_at desc, id desc);
