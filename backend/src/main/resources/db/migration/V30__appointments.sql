-- Hẹn xử lý (manual 1.1.5) and the list "Phiếu hẹn xử lý" (manual 1.2): an officer of the main unit moves the
-- deadline of an item that needs more time; where the unit requires it, its leader approves first.

create sequence appointment_seq start with 1 increment by 50;
create table appointment (
    id                bigint       primary key,
    pakn_id           bigint       not null references pakn (id),
    -- the unit that asked (the item's main unit then): whose "Phiếu hẹn xử lý" lists it
    unit_id           bigint       not null references unit (id),
    requested_by      bigint       not null references account (id),
    requested_by_name varchar(200) not null,
    -- the extension, in working time
    amount            integer      not null,
    time_unit         varchar(10)  not null,
    -- how long before the new deadline the handler is reminded
    reminder_amount   integer      not null,
    reminder_unit     varchar(10)  not null,
    reason            text         not null,
    reminder_text     varchar(500) not null,
    old_deadline      timestamptz  not null,
    -- computed when asked; recomputed from the moment of approval when a leader approves
    new_deadline      timestamptz  not null,
    -- PENDING (waits for the unit's leader), APPROVED, REJECTED
    state             varchar(10)  not null,
    decided_by        bigint       references account (id),
    decided_at        timestamptz,
    decision_reason   text,
    created_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint appointment_amount_positive check (amount > 0 and reminder_amount > 0),
    constraint appointment_time_unit_check check (time_unit in ('DAYS', 'HOURS', 'MINUTES')
        and reminder_unit in ('DAYS', 'HOURS', 'MINUTES')),
    constraint appointment_state_check check (state in ('PENDING', 'APPROVED', 'REJECTED'))
);
-- The list: a unit's slips, or everyone's (operators, provincial office), newest first, optionally by state.
create index appointment_unit_idx on appointment (unit_id, created_at desc, id desc);
create index appointment_unit_state_idx on appointment (unit_id, state, created_at desc, id desc);
create index appointment_all_idx on appointment (created_at desc, id desc);
create index appointment_state_idx on appointment (state, created_at desc, id desc);
-- At most one appointment of an item waits for a leader; the detail asks for it by item.
create unique index appointment_one_pending on appointment (pakn_id) where state = 'PENDING';
create index appointment_pakn_idx on appointment (pakn_id, created_at desc);

-- Who may ask for, approve and reject an appointment, where: the main unit, at the unit steps.
insert into process_transition (id, process_id, from_step_id, action, role, unit_scope, to_step_id, result_status,
    condition)
select nextval('process_transition_seq'), p.id, f.id, t.action, t.role_name, 'MAIN', null, null, null
from process p
cross join (values
    ('appoint', 'SPECIALIST'),
    ('appoint', 'LEADER'),
    ('approve-appointment', 'LEADER'),
    ('reject-appointment', 'LEADER')
) as t(action, role_name)
cross join unnest(array['XU_LY_CHUYEN_NGANH', 'XU_LY_PHOI_HOP', 'LANH_DAO_SO']) as from_code
join process_step f on f.process_id = p.id and f.code = from_code
where p.code = 'QT1022';
