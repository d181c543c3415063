-- The deadline sweep's work as one hand-written statement, the yardstick of bench/sweep.sh: every overdue item at a
-- step that escalates moves one level up with a new deadline, its deadline_event, history entry with its changes
-- (Bước, Tiến độ, Hạn xử lý), the sub-deadline of the coordinating units that still owe an opinion, and an SMS and an
-- in-app ESCALATED message to the new step's officers (leaders of the unit). Its items are the batch sweep.sh seeded
-- for it (codes 'SWbase-…'), committed before with a deadline far ahead, so that the running system leaves them to it:
-- rows written by the statement's own transaction would cost it foreign-key checks that the sweep does not pay.
with due as (
    select p.id, p.deadline, p.current_step_id, p.progress
    from pakn p join process_step s on s.id = p.current_step_id
    where s.escalates_to_id is not null and p.code like 'SWbase-%' and p.status <> 'COMPLETED'
    for update of p),
moved as (
    update pakn p
    set current_step_id = ns.id, status = 'WAITING', handler_id = null,
        deadline = now() + interval '2 days', deadline_started_at = now(), due_soon_at = now() + interval '1 day',
        remind_at = now() + interval '1 day', progress = 'NOT_DUE', version = p.version + 1, updated_at = now()
    from due d
    join process_step os on os.id = d.current_step_id
    join process_step ns on ns.id = os.escalates_to_id
    where p.id = d.id
    returning p.id, p.code, p.title, p.main_unit_id, p.deadline, nextval('pakn_history_seq') as history_id,
              os.name as old_step_name, ns.name as step_name, ns.role, d.deadline as old_deadline, p.due_soon_at),
sub_deadline as (
    update pakn_unit u set deadline = m.due_soon_at, remind_at = m.due_soon_at - interval '2 hours'
    from moved m
    where u.pakn_id = m.id and u.active and u.role = 'COORDINATING' and u.answered_at is null),
event as (
    insert into deadline_event (id, pakn_id, kind, deadline, occurred_at)
    select nextval('deadline_event_seq'), m.id, 'ESCALATION', m.old_deadline, now() from moved m),
entry as (
    insert into pakn_history (id, pakn_id, actor_label, action, occurred_at, changes)
    select m.history_id, m.id, 'Task AutoComplete System', 'escalate', now(),
           jsonb_build_array(
               history_change('STEP', m.old_step_name, m.step_name),
               history_change('PROGRESS', 'Trễ hạn', 'Chưa đến hạn'),
               history_change('DEADLINE', to_char(m.old_deadline at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI:SS'),
                              to_char(m.deadline at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI:SS')))
    from moved m),
message as (
    insert into outbox_message (id, message_key, channel, recipient_account_id, recipient_address, subject, body,
                                link, next_attempt_at, created_at)
    select nextval('outbox_message_seq'),
           'escalation:' || m.id || ':' || (extract(epoch from m.old_deadline) * 1000)::bigint || ':' || a.id || ':'
               || channel.name,
           channel.name, a.id, case channel.name when 'SMS' then a.phone end,
           replace(t.subject, '{code}', m.code),
           replace(replace(replace(replace(t.body, '{code}', m.code), '{title}', m.title), '{unit}', m.step_name),
                   '{deadline}', to_char(m.deadline at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI')),
           '/pakn/' || m.id, now(), now()
    from moved m
    join account a on a.unit_id = m.main_unit_id and a.enabled and (',' || a.roles || ',') like '%,' || m.role || ',%'
    cross join (select subject, body from message_template where code = 'ESCALATED') t
    cross join (values ('SMS'), ('IN_APP')) as channel(name)
    on conflict (message_key) do nothing)
select count(*) as escalated from moved;
