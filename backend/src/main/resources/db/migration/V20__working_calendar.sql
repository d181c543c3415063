-- The province's working calendar, as data an administrator maintains (deadline.WorkingCalendar computes with it).
-- Times are local to pakn.zone (Asia/Ho_Chi_Minh).

create sequence working_schedule_seq start with 1 increment by 50;

create table working_schedule (
    id          bigint primary key,
    name        varchar(120) not null,
    valid_from  date         not null,
    valid_to    date,
    version     bigint       not null default 0,
    constraint working_schedule_range check (valid_to is null or valid_to >= valid_from)
);

create table working_schedule_period (
    schedule_id  bigint   not null references working_schedule (id) on delete cascade,
    day_of_week  smallint not null check (day_of_week between 1 and 7),  -- ISO: 1 = Monday
    start_time   time     not null,
    end_time     time     not null,
    primary key (schedule_id, day_of_week, start_time),
    constraint working_schedule_period_order check (end_time > start_time)
);

create table public_holiday (
    day   date primary key,
    name  varchar(200) not null
);

-- A day off (e.g. a weekday swapped into a long Tết break) is a public_holiday row; the weekend day worked in
-- exchange is a compensatory working day.
create table compensatory_working_day (
    day   date primary key,
    name  varchar(200) not null
);

insert into working_schedule (id, name, valid_from) values (nextval('working_schedule_seq'), 'Giờ hành chính', date '2020-01-01');
insert into working_schedule_period (schedule_id, day_of_week, start_time, end_time)
select s.id, d, t.start_time, t.end_time
from working_schedule s
cross join generate_series(1, 5) d
cross join (values (time '07:30', time '11:30'), (time '13:30', time '17:00')) as t(start_time, end_time);

-- The 11 days of the Labour Code 2019, art. 112 (Tết Dương lịch 1, Tết Âm lịch 5, Giỗ Tổ Hùng Vương 1, 30/4 1, 1/5 1,
-- Quốc khánh 2), with the days off moved off weekends and the swaps announced for civil servants. 2025 and early 2026
-- follow the official notices; later years follow the law's rules and must be checked against each year's notice.
insert into public_holiday (day, name) values
    (date '2025-01-01', 'Tết Dương lịch'),
    (date '2025-01-27', 'Tết Nguyên đán (hoán đổi, làm bù thứ Bảy 08/02/2025)'),
    (date '2025-01-28', 'Tết Nguyên đán'),
    (date '2025-01-29', 'Tết Nguyên đán'),
    (date '2025-01-30', 'Tết Nguyên đán'),
    (date '2025-01-31', 'Tết Nguyên đán'),
    (date '2025-04-07', 'Giỗ Tổ Hùng Vương'),
    (date '2025-04-30', 'Ngày Chiến thắng'),
    (date '2025-05-01', 'Ngày Quốc tế lao động'),
    (date '2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)'),
    (date '2025-09-01', 'Quốc khánh'),
    (date '2025-09-02', 'Quốc khánh'),
    (date '2026-01-01', 'Tết Dương lịch'),
    (date '2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)'),
    (date '2026-02-16', 'Tết Nguyên đán'),
    (date '2026-02-17', 'Tết Nguyên đán'),
    (date '2026-02-18', 'Tết Nguyên đán'),
    (date '2026-02-19', 'Tết Nguyên đán'),
    (date '2026-02-20', 'Tết Nguyên đán'),
    (date '2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù, 10/3 âm lịch là Chủ nhật)'),
    (date '2026-04-30', 'Ngày Chiến thắng'),
    (date '2026-05-01', 'Ngày Quốc tế lao động'),
    (date '2026-09-01', 'Quốc khánh'),
    (date '2026-09-02', 'Quốc khánh'),
    (date '2027-01-01', 'Tết Dương lịch'),
    (date '2027-02-05', 'Tết Nguyên đán'),
    (date '2027-02-08', 'Tết Nguyên đán'),
    (date '2027-02-09', 'Tết Nguyên đán'),
    (date '2027-02-10', 'Tết Nguyên đán (nghỉ bù)'),
    (date '2027-02-11', 'Tết Nguyên đán (nghỉ bù)'),
    (date '2027-04-16', 'Giỗ Tổ Hùng Vương'),
    (date '2027-04-30', 'Ngày Chiến thắng'),
    (date '2027-05-03', 'Ngày Quốc tế lao động (nghỉ bù, 01/5 là thứ Bảy)'),
    (date '2027-09-02', 'Quốc khánh'),
    (date '2027-09-03', 'Quốc khánh');

insert into compensatory_working_day (day, name) values
    (date '2025-02-08', 'Làm bù cho thứ Hai 27/01/2025'),
    (date '2025-04-26', 'Làm bù cho thứ Sáu 02/05/2025'),
    (date '2026-01-10', 'Làm bù cho thứ Sáu 02/01/2026');
