-- Overdue PAKN for the deadline sweep's tests and benchmark (SweepTwoInstancesIT, bench/sweep.sh). Settings, made
-- with set_config before: sweep.batch (a short tag, unique per batch) and sweep.n (how many items); optionally
-- sweep.deadline (a timestamptz; default an hour past) and sweep.progress (default OVERDUE). One new department with
-- one leader (who gets the ESCALATED messages); the items wait at Xử lý chuyên ngành.
insert into unit (id, code, name, kind)
values (nextval('unit_seq'), 'SWEEP-' || current_setting('sweep.batch'),
        'Sở Thử nghiệm quá hạn ' || current_setting('sweep.batch'), 'DEPARTMENT');

insert into account (id, phone, full_name, unit_id, roles, password_hash, password_change_required)
select nextval('account_seq'), '+8497' || lpad((abs(hashtext(current_setting('sweep.batch'))) % 10000000)::text, 7, '0'),
       'Lãnh đạo thử nghiệm ' || current_setting('sweep.batch'), u.id, 'LEADER', 'not-a-hash', false
from unit u where u.code = 'SWEEP-' || current_setting('sweep.batch');

insert into pakn (id, code, title, content, category_id, channel_id, reported_at, process_id, current_step_id,
                  status, main_unit_id, deadline, deadline_started_at, progress, created_at, updated_at)
select nextval('pakn_seq'), 'SW' || current_setting('sweep.batch') || '-' || g,
       'Phản ánh quá hạn số ' || g, 'Nội dung phản ánh thử nghiệm số ' || g,
       (select id from category where code = 'MOI_TRUONG'), (select id from channel where code = 'TONG_DAI'),
       now() - interval '3 days', s.process_id, s.id, 'WAITING', u.id,
       coalesce(nullif(current_setting('sweep.deadline', true), '')::timestamptz, now() - interval '1 hour'),
       now() - interval '2 days', coalesce(nullif(current_setting('sweep.progress', true), ''), 'OVERDUE'),
       now() - interval '3 days', now() - interval '2 days'
from generate_series(1, current_setting('sweep.n')::int) g
cross join (select id, process_id from process_step where code = 'XU_LY_CHUYEN_NGANH') s
cross join (select id from unit where code = 'SWEEP-' || current_setting('sweep.batch')) u;

insert into pakn_unit (pakn_id, unit_id, role, active)
select p.id, p.main_unit_id, 'MAIN', true
from pakn p join unit u on u.id = p.main_unit_id
where u.code = 'SWEEP-' || current_setting('sweep.batch');
