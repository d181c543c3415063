-- What working time still lacked (issue 4): coordinating units' sub-deadlines that move with the main deadline and
-- are reminded once, until the unit gives its opinion; reminders that carry an appointment's own text.

-- When the coordinating unit gave its opinion (a comment): it no longer owes one, nor gets reminded.
alter table pakn_unit add column answered_at timestamptz;
-- When the coordinating unit is reminded of its sub-deadline; null once reminded, answered or not due.
alter table pakn_unit add column remind_at timestamptz;
-- The coordinator reminder sweep claims only rows that have a reminder due, in time order.
create index pakn_unit_remind_idx on pakn_unit (remind_at, pakn_id, unit_id) where remind_at is not null;

-- A coordinating unit's reminder is a deadline event of its own (unit_id set); the item's own events keep a null
-- unit_id, and the key still makes a second reminder or escalation of the same deadline impossible.
alter table deadline_event add column unit_id bigint references unit (id);
alter table deadline_event drop constraint deadline_event_once;
alter table deadline_event add constraint deadline_event_once
    unique nulls not distinct (pakn_id, kind, deadline, unit_id);

insert into message_template (code, name, subject, body) values
    ('APPOINTMENT_REMINDER', 'Nhắc hạn đã hẹn xử lý', 'Phản ánh {code} sắp đến hạn đã hẹn',
     '{text} Phản ánh {code} "{title}", hạn xử lý đã hẹn {deadline}.'),
    ('COORDINATOR_REMINDER', 'Nhắc đơn vị phối hợp cho ý kiến', 'Phản ánh {code} cần ý kiến phối hợp',
     'Đơn vị bạn cần cho ý kiến phối hợp về phản ánh {code} "{title}" trước {deadline}.');
