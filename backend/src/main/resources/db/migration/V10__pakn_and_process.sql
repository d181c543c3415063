-- PAKN: categories, channels, the process definition (as data), the record, its units, comments, history and
-- attachments.

-- Admin-managed lists -------------------------------------------------------------------------------------------
create sequence category_seq start with 1 increment by 50;
create table category (
    id          bigint primary key,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    sort_order  integer      not null default 0,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    constraint category_code_unique unique (code)
);
create index category_list_idx on category (sort_order, name);

create sequence channel_seq start with 1 increment by 50;
create table channel (
    id          bigint primary key,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    sort_order  integer      not null default 0,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    constraint channel_code_unique unique (code)
);
create index channel_list_idx on channel (sort_order, name);

insert into category (id, code, name, sort_order)
select nextval('category_seq'), code, name, ord from (values
    ('DICH_VU_CONG', 'Hồ sơ dịch vụ công', 10), ('MOI_TRUONG', 'Vệ sinh môi trường', 20),
    ('AN_NINH', 'An ninh trật tự', 30), ('GIAO_THONG', 'Giao thông', 40), ('DAT_DAI', 'Đất đai', 50),
    ('XAY_DUNG', 'Xây dựng', 60), ('Y_TE', 'Y tế', 70), ('GIAO_DUC', 'Giáo dục', 80),
    ('VIEN_THONG', 'Viễn thông', 90), ('DIEN_NUOC', 'Điện, nước', 100), ('KHAC', 'Lĩnh vực khác', 990)
) as c(code, name, ord);

insert into channel (id, code, name, sort_order)
select nextval('channel_seq'), code, name, ord from (values
    ('TONG_DAI', 'Tổng đài 1022', 10), ('TRUC_TIEP', 'Tiếp nhận trực tiếp', 20),
    ('CONG_THONG_TIN', 'Cổng thông tin', 30), ('UNG_DUNG', 'Ứng dụng di động', 40), ('ZALO', 'Zalo', 50),
    ('EMAIL', 'Email', 60), ('SMS', 'SMS', 70), ('MANG_XA_HOI', 'Mạng xã hội', 80)
) as c(code, name, ord);

-- The process definition --------------------------------------------------------------------------------------
create sequence process_seq start with 1 increment by 50;
create table process (
    id          bigint primary key,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    is_default  boolean      not null default false,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    constraint process_code_unique unique (code)
);
create unique index process_one_default on process (is_default) where is_default;

create sequence process_step_seq start with 1 increment by 50;
create table process_step (
    id              bigint primary key,
    process_id      bigint       not null references process (id),
    code            varchar(40)  not null,
    name            varchar(200) not null,
    -- INTAKE, OPERATOR, PROCESSING, COORDINATION, RESULT, FINAL, ESCALATION
    kind            varchar(20)  not null,
    -- the role that works at this step
    role            varchar(20),
    -- whose inbox the step is in: CALL_CENTER, UNIT, UNIT_LEADER, PROVINCE_OFFICE (null: nobody's)
    assignee_level  varchar(20),
    position        integer      not null,
    is_initial      boolean      not null default false,
    -- escalation steps: the step an overdue item moves to (used by the deadlines feature)
    escalates_to_id bigint references process_step (id),
    constraint process_step_code_unique unique (process_id, code),
    constraint process_step_kind_check check (kind in ('INTAKE', 'OPERATOR', 'PROCESSING', 'COORDINATION',
        'RESULT', 'FINAL', 'ESCALATION'))
);
create unique index process_step_one_initial on process_step (process_id) where is_initial;

create sequence process_transition_seq start with 1 increment by 50;
-- Which action, at which step, by which role, acting for which unit, leads where with which status.
create table process_transition (
    id               bigint primary key,
    process_id       bigint      not null references process (id),
    from_step_id     bigint      not null references process_step (id),
    action           varchar(30) not null,
    role             varchar(20) not null,
    -- ANY: any unit (operators, provincial office); MAIN: the main handling unit; PARTICIPANT: main or coordinating
    unit_scope       varchar(20) not null,
    -- null: the item stays at its step
    to_step_id       bigint references process_step (id),
    -- null: the status does not change
    result_status    varchar(30),
    -- COORDINATED: applies when the action names coordinating units (otherwise the unconditioned row applies)
    condition        varchar(20),
    constraint process_transition_unique unique nulls not distinct (from_step_id, action, role, condition),
    constraint process_transition_scope_check check (unit_scope in ('ANY', 'MAIN', 'PARTICIPANT'))
);
create index process_transition_action_idx on process_transition (process_id, action, role);

insert into process (id, code, name, is_default) values (nextval('process_seq'), 'QT1022', 'Quy trình 1022', true);

insert into process_step (id, process_id, code, name, kind, role, assignee_level, position, is_initial)
select nextval('process_step_seq'), p.id, s.code, s.name, s.kind, s.role, s.level, s.pos, s.pos = 1
from process p, (values
    ('CHO_TIEP_NHAN', 'Chờ tiếp nhận', 'INTAKE', 'OPERATOR', 'CALL_CENTER', 1),
    ('NHAN_VIEN_TRUC', 'Nhân viên trực', 'OPERATOR', 'OPERATOR', 'CALL_CENTER', 2),
    ('XU_LY_CHUYEN_NGANH', 'Xử lý chuyên ngành', 'PROCESSING', 'SPECIALIST', 'UNIT', 3),
    ('XU_LY_PHOI_HOP', 'Xử lý phối hợp chuyên viên', 'COORDINATION', 'SPECIALIST', 'UNIT', 4),
    ('TRA_KET_QUA', 'Trả kết quả', 'RESULT', 'OPERATOR', 'CALL_CENTER', 5),
    ('HOAN_THANH', 'Hoàn thành', 'FINAL', null, null, 6),
    ('LANH_DAO_SO', 'Lãnh đạo sở ban ngành', 'ESCALATION', 'LEADER', 'UNIT_LEADER', 7),
    ('VP_UBND_TINH', 'VP UBND Tỉnh', 'ESCALATION', 'PROVINCE_OFFICE', 'PROVINCE_OFFICE', 8)
) as s(code, name, kind, role, level, pos)
where p.code = 'QT1022';

update process_step s set escalates_to_id = t.id
from process_step t
where s.process_id = t.process_id and (
    (s.code in ('XU_LY_CHUYEN_NGANH', 'XU_LY_PHOI_HOP') and t.code = 'LANH_DAO_SO')
    or (s.code = 'LANH_DAO_SO' and t.code = 'VP_UBND_TINH'));

insert into process_transition (id, process_id, from_step_id, action, role, unit_scope, to_step_id, result_status,
    condition)
select nextval('process_transition_seq'), p.id, f.id, t.action, t.role_name, t.scope, s.id, t.status, t.condition
from process p
cross join (values
    -- operator
    ('CHO_TIEP_NHAN', 'receive', 'OPERATOR', 'ANY', 'NHAN_VIEN_TRUC', 'IN_PROGRESS', null),
    ('CHO_TIEP_NHAN,NHAN_VIEN_TRUC,XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,TRA_KET_QUA,LANH_DAO_SO,VP_UBND_TINH',
        'edit', 'OPERATOR', 'ANY', null, null, null),
    ('NHAN_VIEN_TRUC', 'route', 'OPERATOR', 'ANY', 'XU_LY_CHUYEN_NGANH', 'WAITING', null),
    ('NHAN_VIEN_TRUC', 'route', 'OPERATOR', 'ANY', 'XU_LY_PHOI_HOP', 'WAITING', 'COORDINATED'),
    ('NHAN_VIEN_TRUC', 'reroute', 'OPERATOR', 'ANY', 'XU_LY_CHUYEN_NGANH', 'WAITING', null),
    ('NHAN_VIEN_TRUC', 'reroute', 'OPERATOR', 'ANY', 'XU_LY_PHOI_HOP', 'WAITING', 'COORDINATED'),
    ('TRA_KET_QUA', 'complete', 'OPERATOR', 'ANY', 'HOAN_THANH', 'COMPLETED', null),
    ('CHO_TIEP_NHAN,NHAN_VIEN_TRUC,XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,TRA_KET_QUA,HOAN_THANH,LANH_DAO_SO,VP_UBND_TINH',
        'publish', 'OPERATOR', 'ANY', null, null, null),
    ('CHO_TIEP_NHAN,NHAN_VIEN_TRUC,XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,TRA_KET_QUA,HOAN_THANH,LANH_DAO_SO,VP_UBND_TINH',
        'unpublish', 'OPERATOR', 'ANY', null, null, null),
    ('CHO_TIEP_NHAN,NHAN_VIEN_TRUC,XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,TRA_KET_QUA,LANH_DAO_SO,VP_UBND_TINH',
        'comment', 'OPERATOR', 'ANY', null, null, null),
    -- the unit (Chuyên viên thao tác and the buttons of the detail page)
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP', 'coordinate', 'SPECIALIST', 'MAIN', 'XU_LY_PHOI_HOP', 'WAITING', null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP', 'coordinate', 'LEADER', 'MAIN', 'XU_LY_PHOI_HOP', 'WAITING', null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP', 'return-to-operator', 'SPECIALIST', 'MAIN', 'NHAN_VIEN_TRUC', 'IN_PROGRESS', null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP', 'return-to-operator', 'LEADER', 'MAIN', 'NHAN_VIEN_TRUC', 'IN_PROGRESS', null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,LANH_DAO_SO', 'return-result', 'SPECIALIST', 'MAIN', 'TRA_KET_QUA', 'IN_PROGRESS', null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,LANH_DAO_SO', 'return-result', 'LEADER', 'MAIN', 'TRA_KET_QUA', 'IN_PROGRESS', null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,LANH_DAO_SO', 'claim', 'SPECIALIST', 'MAIN', null, 'IN_PROGRESS', null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,LANH_DAO_SO', 'claim', 'LEADER', 'MAIN', null, 'IN_PROGRESS', null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,LANH_DAO_SO', 'release', 'SPECIALIST', 'MAIN', null, 'WAITING', null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,LANH_DAO_SO', 'release', 'LEADER', 'MAIN', null, 'WAITING', null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,LANH_DAO_SO', 'update-result', 'SPECIALIST', 'MAIN', null, null, null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,LANH_DAO_SO', 'update-result', 'LEADER', 'MAIN', null, null, null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,LANH_DAO_SO', 'approve-result', 'LEADER', 'MAIN', null, null, null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,LANH_DAO_SO', 'comment', 'SPECIALIST', 'PARTICIPANT', null, null, null),
    ('XU_LY_CHUYEN_NGANH,XU_LY_PHOI_HOP,LANH_DAO_SO', 'comment', 'LEADER', 'PARTICIPANT', null, null, null),
    -- the top of the escalation chain
    ('VP_UBND_TINH', 'update-result', 'PROVINCE_OFFICE', 'ANY', null, null, null),
    ('VP_UBND_TINH', 'return-result', 'PROVINCE_OFFICE', 'ANY', 'TRA_KET_QUA', 'IN_PROGRESS', null),
    ('VP_UBND_TINH', 'comment', 'PROVINCE_OFFICE', 'ANY', null, null, null)
) as t(steps, action, role_name, scope, to_code, status, condition)
cross join lateral unnest(string_to_array(t.steps, ',')) as from_code
join process_step f on f.process_id = p.id and f.code = from_code
left join process_step s on s.process_id = p.id and s.code = t.to_code
where p.code = 'QT1022';

-- The record ----------------------------------------------------------------------------------------------------
-- One row per year; the code's number comes from it inside the creating transaction, so codes are never shared.
create table pakn_code_counter (
    year        integer primary key,
    last_value  bigint  not null
);

create sequence pakn_seq start with 1 increment by 50;
-- fillfactor 85: bulk jobs (escalation, progress) update rows in place (HOT) without touching indexed columns.
create table pakn (
    id                      bigint primary key,
    code                    varchar(20)   not null,
    title                   varchar(500)  not null,
    content                 text          not null,
    category_id             bigint        not null references category (id),
    channel_id              bigint        not null references channel (id),
    request_type            varchar(200),
    occurred_at             timestamptz,
    reported_at             timestamptz   not null,
    location_text           varchar(500),
    area                    varchar(300),
    latitude                double precision,
    longitude               double precision,
    reporter_name           varchar(200),
    reporter_phone          varchar(20),
    reporter_id_number      varchar(20),
    reporter_kind           varchar(20)   not null default 'INDIVIDUAL',
    reporter_address        varchar(500),
    reporter_email          varchar(254),
    identity_disclosed      boolean       not null default false,
    is_public               boolean       not null default false,
    reported_unit_id        bigint references unit (id),
    process_id              bigint        not null references process (id),
    current_step_id         bigint        not null references process_step (id),
    status                  varchar(30)   not null,
    main_unit_id            bigint references unit (id),
    handler_id              bigint references account (id),
    -- why the unit sent it back to the operator (cleared when it is routed again)
    return_reason           varchar(40),
    deadline                timestamptz,
    progress                varchar(20),
    result_unit_id          bigint references unit (id),
    result_content          text,
    result_public           boolean       not null default false,
    result_approved         boolean       not null default false,
    result_approved_by      bigint references account (id),
    result_approved_at      timestamptz,
    created_by              bigint references account (id),
    version                 bigint        not null default 0,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    constraint pakn_code_unique unique (code),
    constraint pakn_status_check check (status in ('AWAITING_RECEPTION', 'WAITING', 'IN_PROGRESS', 'APPOINTED',
        'COMPLETED')),
    constraint pakn_progress_check check (progress in ('NOT_DUE', 'DUE_SOON', 'OVERDUE', 'ON_TIME', 'LATE')),
    constraint pakn_reporter_kind_check check (reporter_kind in ('INDIVIDUAL', 'ORGANISATION')),
    constraint pakn_return_reason_check check (return_reason in ('WRONG_JURISDICTION', 'DUPLICATE', 'IS_COMPLAINT',
        'INSUFFICIENT_INFORMATION', 'OTHER'))
) with (fillfactor = 85);

-- Lists: every list sorts by (reported_at desc, id desc) after its equality filters.
create index pakn_all_idx on pakn (reported_at desc, id desc);
create index pakn_main_unit_idx on pakn (main_unit_id, status, reported_at desc, id desc);
create index pakn_step_idx on pakn (current_step_id, reported_at desc, id desc);
create index pakn_status_idx on pakn (status, reported_at desc, id desc);
create index pakn_category_idx on pakn (category_id, reported_at desc, id desc);
create index pakn_channel_idx on pakn (channel_id, reported_at desc, id desc);
create index pakn_handler_idx on pakn (handler_id) where handler_id is not null;
create index pakn_search_idx on pakn using gin (immutable_unaccent(lower(title || ' ' || content || ' ' || code
    || ' ' || coalesce(reporter_name, '') || ' ' || coalesce(reporter_phone, ''))) gin_trgm_ops);

-- The units an item is or was with: MAIN or COORDINATING; active while the item is with them.
create table pakn_unit (
    pakn_id   bigint      not null references pakn (id),
    unit_id   bigint      not null references unit (id),
    role      varchar(20) not null,
    active    boolean     not null,
    primary key (pakn_id, unit_id),
    constraint pakn_unit_role_check check (role in ('MAIN', 'COORDINATING'))
);
create index pakn_unit_unit_idx on pakn_unit (unit_id, pakn_id);

create sequence pakn_comment_seq start with 1 increment by 50;
create table pakn_comment (
    id          bigint primary key,
    pakn_id     bigint        not null references pakn (id),
    author_id   bigint        not null references account (id),
    author_name varchar(200)  not null,
    unit_id     bigint        not null references unit (id),
    content     text          not null,
    created_at  timestamptz   not null
);
create index pakn_comment_pakn_idx on pakn_comment (pakn_id, created_at, id);

create sequence pakn_history_seq start with 1 increment by 50;
create table pakn_history (
    id           bigint primary key,
    pakn_id      bigint        not null references pakn (id),
    -- null: the system acting on its own ("Task AutoComplete System")
    actor_id     bigint references account (id),
    actor_label  varchar(200)  not null,
    action       varchar(30)   not null,
    occurred_at  timestamptz   not null,
    comment      text,
    reason       varchar(40),
    -- "send a message to the next officer": delivered by the notifications feature
    notify_next  boolean       not null default false
);
create index pakn_history_pakn_idx on pakn_history (pakn_id, occurred_at, id);

create sequence pakn_history_change_seq start with 1 increment by 50;
create table pakn_history_change (
    id          bigint primary key,
    history_id  bigint       not null references pakn_history (id),
    field       varchar(40)  not null,
    old_value   text,
    new_value   text,
    position    integer      not null
);
create index pakn_history_change_history_idx on pakn_history_change (history_id, position);

create sequence attachment_seq start with 1 increment by 50;
create table attachment (
    id            bigint primary key,
    pakn_id       bigint        not null references pakn (id),
    -- PAKN, RESULT, COMMENT (APPOINTMENT: the deadlines feature)
    purpose       varchar(20)   not null,
    file_name     varchar(255)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    storage_key   varchar(100)  not null,
    uploaded_by   bigint        not null references account (id),
    uploaded_at   timestamptz   not null,
    constraint attachment_storage_key_unique unique (storage_key)
);
create index attachment_pakn_idx on attachment (pakn_id, uploaded_at, id);
