-- The demo's PAKN (make run, on a database without any): 400 items reported over the last 90 days, in one
-- transaction. The newest wait at the 1022 centre; recent ones are open at a unit (some overdue, so the sweeps
-- remind and escalate them at once, as they would); the rest are completed on time or late, many rated. Deterministic:
-- every choice is a hash of the item's number. Names and phone numbers are invented.

create temp table demo_unit on commit drop as
select row_number() over (order by (u.name = 'Sở Tài nguyên và Môi trường') desc, u.id) - 1 as k, u.id, u.name,
       min(a.id) as specialist
from unit u join account a on a.unit_id = u.id and a.roles like '%SPECIALIST%'
where u.kind not in ('CALL_CENTER', 'PROVINCE_OFFICE')
group by u.id, u.name;

-- the 1022 centre's operator who takes every item in
create temp table demo_operator on commit drop as
select id, full_name from account where roles like '%OPERATOR%' order by id limit 1;

create temp table demo_item on commit drop as
with base as (
    select g, (abs(hashtext('r' || g)) % 1000) / 1000.0 as r, (abs(hashtext('s' || g)) % 1000) / 1000.0 as s,
           abs(hashtext('h' || g)) as h,
           date_trunc('minute', now() - make_interval(mins => g * 324 + abs(hashtext('t' || g)) % 300)) as reported_at
    from generate_series(1, 400) g
), shaped as (
    select b.*,
           case when g <= 10 then 'AWAITING_RECEPTION' when g <= 16 then 'RECEIVED'
                when g <= 110 and r < 0.75 then (case when s < 0.35 then 'WAITING' when s < 0.75 then 'IN_PROGRESS'
                                                      when s < 0.9 then 'COORDINATING' else 'APPOINTED' end)
                else 'COMPLETED' end as kind,
           -- a fifth of the items go to the unit of the printed demo logins, the rest spread over every unit
           case when h % 5 = 0 then 0 else h % (select count(*) from demo_unit) end as unit_k
    from base b
)
select s.*, u.id as unit_id, u.name as unit_name, u.specialist,
       (select c.id from demo_unit c where c.k = (s.unit_k + 1 + s.h % 7) % (select count(*) from demo_unit)) as coordinator,
       s.reported_at + interval '30 minutes' as routed_at, null::timestamptz as deadline,
       null::timestamptz as old_deadline, null::timestamptz as coordinator_deadline
from shaped s join demo_unit u on u.k = s.unit_k;

-- @deadlines: DemoPakn sets the items' deadlines here, in working time by the province's calendar (DemoDeadlines)

alter table demo_item add column completed_at timestamptz, add column progress varchar(20), add column code varchar(20),
    add column id bigint, add column reporter varchar(200), add column issue text, add column place text;
update demo_item set
    completed_at = case when kind = 'COMPLETED'
        then least(now() - interval '1 hour', routed_at + (deadline - routed_at) * ((h % 100) / 100.0 * 1.35)) end,
    issue = (array['ô nhiễm tiếng ồn từ quán karaoke', 'rác thải sinh hoạt không được thu gom',
        'đường giao thông xuống cấp, nhiều ổ gà', 'mất điện kéo dài', 'ngập úng sau mưa lớn', 'lấn chiếm vỉa hè',
        'khói bụi từ nhà máy chế biến', 'nước sinh hoạt bị gián đoạn', 'chậm giải quyết hồ sơ đất đai',
        'đèn chiếu sáng công cộng bị hỏng', 'mất an ninh trật tự ban đêm', 'xây dựng nhà không phép',
        'thái độ phục vụ của cán bộ một cửa', 'chậm cấp giấy chứng nhận quyền sử dụng đất',
        'nước thải chăn nuôi gây mùi hôi', 'cây xanh có nguy cơ đổ ngã', 'các khoản thu đầu năm học',
        'thời gian chờ khám bệnh quá lâu', 'sóng điện thoại yếu', 'xe quá tải làm hỏng đường'])[1 + h % 20],
    place = (array['phường Hội Thương, TP. Pleiku', 'phường Ia Kring, TP. Pleiku', 'phường Yên Đỗ, TP. Pleiku',
        'xã Biển Hồ, TP. Pleiku', 'phường An Phú, TX. An Khê', 'thị trấn Chư Sê, huyện Chư Sê',
        'thị trấn Đak Đoa, huyện Đak Đoa', 'xã Ia Băng, huyện Chư Prông', 'thị trấn Kbang, huyện Kbang',
        'phường Đoàn Kết, TX. Ayun Pa', 'thị trấn Phú Túc, huyện Krông Pa', 'xã Ia Dơk, huyện Đức Cơ',
        'thị trấn Ia Kha, huyện Ia Grai', 'xã Kon Dơng, huyện Mang Yang', 'thị trấn Nhơn Hòa, huyện Chư Pưh',
        'xã Chư Đăng Ya, huyện Chư Păh'])[1 + (h / 20) % 16],
    reporter = (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Rơ Châm', 'Siu',
        'Ksor'])[1 + (h / 7) % 13] || ' ' || (array['Văn An', 'Thị Bình', 'Văn Cường', 'Thị Dung', 'Minh Đức',
        'Thị Hoa', 'Quốc Huy', 'Thị Lan', 'Văn Long', 'Thị Mai', 'Hữu Nam', 'Thanh Sơn', 'H''Bia', 'Blơi'])[1 + (h / 3) % 14];
update demo_item set progress = case
    when kind = 'COMPLETED' then case when completed_at <= deadline then 'ON_TIME' else 'LATE' end
    when deadline is null then null
    when deadline <= now() then 'OVERDUE'
    when deadline - now() < (deadline - routed_at) * 0.25 then 'DUE_SOON'
    else 'NOT_DUE' end;

-- codes continue each year's counter
with numbered as (
    select g, extract(year from reported_at at time zone 'Asia/Ho_Chi_Minh')::int as year,
           row_number() over (partition by extract(year from reported_at at time zone 'Asia/Ho_Chi_Minh')
                              order by reported_at, g) as n
    from demo_item
)
update demo_item d set id = nextval('pakn_seq'),
    code = '1022-' || n.year || '-' || lpad((coalesce(c.last_value, 0) + n.n)::text, 6, '0')
from numbered n left join pakn_code_counter c on c.year = n.year
where n.g = d.g;
insert into pakn_code_counter (year, last_value)
select extract(year from reported_at at time zone 'Asia/Ho_Chi_Minh')::int, max(substr(code, 11)::bigint)
from demo_item group by 1
on conflict (year) do update set last_value = greatest(pakn_code_counter.last_value, excluded.last_value);

insert into pakn (id, code, title, content, category_id, channel_id, reported_at, location_text, area, reporter_name,
    reporter_phone, identity_disclosed, is_public, process_id, current_step_id, status, main_unit_id, handler_id,
    deadline, progress, deadline_started_at, due_soon_at, remind_at, deadline_extended, result_unit_id,
    result_content, result_public, created_by, created_at, updated_at)
select d.id, d.code, initcap(left(d.issue, 1)) || substr(d.issue, 2) || ' tại ' || d.place,
       'Người dân phản ánh tình trạng ' || d.issue || ' tại ' || d.place || ' kéo dài nhiều ngày, ảnh hưởng đến sinh'
           || ' hoạt. Đề nghị cơ quan chức năng kiểm tra, xử lý dứt điểm.',
       (select id from category order by id offset d.h % (select count(*) from category) limit 1),
       (select id from channel order by id offset (d.h / 11) % (select count(*) from channel) limit 1),
       d.reported_at, d.place, substr(d.place, strpos(d.place, ', ') + 2), d.reporter,
       '0900' || lpad((d.h % 1000000)::text, 6, '0'), d.s < 0.7, d.kind = 'COMPLETED' and d.r < 0.4,
       p.id, st.id,
       case d.kind when 'RECEIVED' then 'IN_PROGRESS' when 'COORDINATING' then 'IN_PROGRESS' else d.kind end,
       case when d.deadline is not null then d.unit_id end,
       case when d.kind in ('IN_PROGRESS', 'COORDINATING', 'APPOINTED') then d.specialist end,
       d.deadline, d.progress,
       case when d.deadline is not null and d.kind <> 'COMPLETED' then d.routed_at end,
       case when d.deadline is not null and d.kind <> 'COMPLETED' then d.deadline - (d.deadline - d.routed_at) * 0.25 end,
       case when d.deadline is not null and d.kind <> 'COMPLETED' then d.deadline - interval '24 hours' end,
       d.kind = 'APPOINTED',
       case when d.kind = 'COMPLETED' then d.unit_id end,
       case when d.kind = 'COMPLETED' then d.unit_name || ' đã kiểm tra thực tế, làm việc với các bên liên quan và xử lý'
           || ' tình trạng ' || d.issue || '. Kết quả đã được thông báo tới người phản ánh.' end,
       d.kind = 'COMPLETED' and d.r < 0.4,
       (select id from demo_operator), d.reported_at,
       coalesce(d.completed_at, d.routed_at, d.reported_at)
from demo_item d
join process p on p.is_default
join process_step st on st.process_id = p.id and st.code = case d.kind
    when 'AWAITING_RECEPTION' then 'CHO_TIEP_NHAN' when 'RECEIVED' then 'NHAN_VIEN_TRUC'
    when 'COMPLETED' then 'HOAN_THANH' when 'COORDINATING' then 'XU_LY_PHOI_HOP' else 'XU_LY_CHUYEN_NGANH' end;

insert into pakn_unit (pakn_id, unit_id, role, active, deadline)
select id, unit_id, 'MAIN', kind <> 'COMPLETED', null from demo_item where deadline is not null
union all
select id, coordinator, 'COORDINATING', true, coordinator_deadline
from demo_item where kind = 'COORDINATING' and coordinator <> unit_id;

insert into appointment (id, pakn_id, unit_id, requested_by, requested_by_name, amount, time_unit, reminder_amount,
    reminder_unit, reason, reminder_text, old_deadline, new_deadline, state, created_at)
select nextval('appointment_seq'), d.id, d.unit_id, d.specialist, a.full_name, 2, 'DAYS', 1, 'DAYS',
       'Cần phối hợp kiểm tra thực địa với UBND cấp xã.', 'Bạn có phản ánh kiến nghị sắp đến hạn cần xử lý.',
       d.old_deadline, d.deadline, 'APPROVED', d.routed_at + interval '1 day'
from demo_item d join account a on a.id = d.specialist where d.kind = 'APPOINTED';

-- history: who did what, with the manual's field changes
create temp table demo_history on commit drop as
select nextval('pakn_history_seq') as id, e.*
from (
    select d.id as pakn_id, d.g, o.id as actor_id, o.full_name as actor_label, 'create' as action,
           d.reported_at as occurred_at, 1 as ord
    from demo_item d cross join demo_operator o
    union all
    select d.id, d.g, o.id, o.full_name, 'receive', d.reported_at + interval '10 minutes', 2
    from demo_item d cross join demo_operator o
    where d.kind <> 'AWAITING_RECEPTION'
    union all
    select d.id, d.g, o.id, o.full_name, 'route', d.routed_at, 3
    from demo_item d cross join demo_operator o
    where d.deadline is not null
    union all
    select d.id, d.g, a.id, a.full_name, 'claim', d.routed_at + interval '2 hours', 4
    from demo_item d join account a on a.id = d.specialist where d.kind in ('IN_PROGRESS', 'COORDINATING', 'APPOINTED', 'COMPLETED')
    union all
    select d.id, d.g, a.id, a.full_name, 'appoint', d.routed_at + interval '1 day', 5
    from demo_item d join account a on a.id = d.specialist where d.kind = 'APPOINTED'
    union all
    select d.id, d.g, a.id, a.full_name, 'return-result', d.completed_at - interval '1 hour', 6
    from demo_item d join account a on a.id = d.specialist where d.kind = 'COMPLETED'
    union all
    select d.id, d.g, o.id, o.full_name, 'complete', d.completed_at, 7
    from demo_item d cross join demo_operator o
    where d.kind = 'COMPLETED'
    union all
    select d.id, d.g, null, 'Cổng thông tin 1022', 'rate', least(now(), d.completed_at + interval '1 day'), 8
    from demo_item d where d.kind = 'COMPLETED' and d.s < 0.65
) e;
insert into pakn_history (id, pakn_id, actor_id, actor_label, action, occurred_at, changes)
select h.id, h.pakn_id, h.actor_id, h.actor_label, h.action, h.occurred_at,
       (select coalesce(jsonb_agg(history_change(c.field, c.old_value, c.new_value) order by c.position), '[]')
        from (values
            (1, 'PROCESS', null, 'Quy trình 1022', 0), (1, 'STATUS', null, 'Chờ tiếp nhận', 1), (1, 'STEP', null, 'Chờ tiếp nhận', 2),
            (2, 'STATUS', 'Chờ tiếp nhận', 'Đang xử lý', 0), (2, 'STEP', 'Chờ tiếp nhận', 'Nhân viên trực', 1),
            (3, 'STEP', 'Nhân viên trực', 'Xử lý chuyên ngành', 0), (3, 'STATUS', 'Đang xử lý', 'Chờ xử lý', 1),
            (3, 'MAIN_UNIT', null, d.unit_name, 2),
            (3, 'DEADLINE', null, to_char(coalesce(d.old_deadline, d.deadline) at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI:SS'), 3),
            (4, 'STATUS', 'Chờ xử lý', 'Đang xử lý', 0), (4, 'HANDLER', null, h.actor_label, 1),
            (5, 'STATUS', 'Đang xử lý', 'Hẹn xử lý', 0),
            (5, 'DEADLINE', to_char(d.old_deadline at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI:SS'),
                to_char(d.deadline at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI:SS'), 1),
            (6, 'STEP', 'Xử lý chuyên ngành', 'Trả kết quả', 0),
            (7, 'STEP', 'Trả kết quả', 'Hoàn thành', 0), (7, 'STATUS', 'Đang xử lý', 'Hoàn thành', 1),
            (7, 'PROGRESS', null, case d.progress when 'ON_TIME' then 'Đúng hạn' else 'Trễ hạn' end, 2)
        ) as c(ord, field, old_value, new_value, position)
        where c.ord = h.ord)
from demo_history h join demo_item d on d.g = h.g;

-- ratings from the citizens' portal on most completed items (the rating trigger copies them onto pakn)
insert into pakn_rating (pakn_id, rating, comment, rated_at)
select id, (array['SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'NEUTRAL', 'NEUTRAL',
            'DISSATISFIED', 'DISSATISFIED'])[1 + h % 10],
       case when h % 10 >= 8 then 'Xử lý chưa triệt để, tình trạng vẫn tái diễn.' end,
       least(now(), completed_at + interval '1 day')
from demo_item where kind = 'COMPLETED' and s < 0.65;
