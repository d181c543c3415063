-- Notifications leave through a durable outbox: written in the transaction of the change that causes them,
-- delivered by notify.Dispatcher with retries, dead-lettered after too many failures.

create sequence outbox_message_seq start with 1 increment by 50;

create table outbox_message (
    id                    bigint primary key,
    -- what must happen once, e.g. 'reminder:<pakn>:<deadline>:<account>:SMS'; a second enqueue is a no-op
    message_key           varchar(200) not null,
    channel               varchar(10)  not null,
    recipient_account_id  bigint references account (id),
    -- phone (E.164) or e-mail address, resolved when enqueued
    recipient_address     varchar(254),
    subject               varchar(300),
    body                  text         not null,
    link                  varchar(300),
    status                varchar(10)  not null default 'PENDING',
    attempts              integer      not null default 0,
    next_attempt_at       timestamptz  not null,
    last_error            varchar(500),
    created_at            timestamptz  not null,
    sent_at               timestamptz,
    constraint outbox_message_key_unique unique (message_key),
    constraint outbox_channel_check check (channel in ('SMS', 'EMAIL', 'IN_APP')),
    constraint outbox_status_check check (status in ('PENDING', 'SENT', 'DEAD'))
) with (fillfactor = 85);
create index outbox_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';
create index outbox_status_time_idx on outbox_message (status, created_at desc, id desc);

-- What the built-in SMS gateway "sent" (demo and default): the admin SPA's "Tin nhắn đã gửi".
create sequence sms_log_seq start with 1 increment by 50;
create table sms_log (
    id          bigint primary key,
    outbox_id   bigint       not null references outbox_message (id),
    phone       varchar(16)  not null,
    sender      varchar(20)  not null,
    body        text         not null,
    sent_at     timestamptz  not null
);
create index sms_log_time_idx on sms_log (sent_at desc, id desc);

-- In-app notifications: the bell.
create sequence notification_seq start with 1 increment by 50;
create table notification (
    id          bigint primary key,
    account_id  bigint       not null references account (id),
    outbox_id   bigint       not null references outbox_message (id),
    title       varchar(300) not null,
    body        text         not null,
    link        varchar(300),
    created_at  timestamptz  not null,
    read_at     timestamptz,
    constraint notification_outbox_unique unique (outbox_id)
);
create index notification_account_idx on notification (account_id, created_at desc, id desc);
create index notification_unread_idx on notification (account_id) where read_at is null;

-- Message texts an administrator may edit. Placeholders: {code}, {title}, {deadline}, {unit}, {message}, {actor}.
create table message_template (
    code     varchar(40)  primary key,
    name     varchar(200) not null,
    subject  varchar(300) not null,
    body     text         not null,
    version  bigint       not null default 0
);

insert into message_template (code, name, subject, body) values
    ('REMINDER', 'Nhắc hạn xử lý', 'Phản ánh {code} sắp đến hạn',
     'Bạn có phản ánh kiến nghị sắp đến hạn cần xử lý: {code} "{title}", hạn xử lý {deadline}.'),
    ('ESCALATED', 'Chuyển xử lý do quá hạn', 'Phản ánh {code} quá hạn được chuyển đến bạn',
     'Phản ánh {code} "{title}" đã quá hạn xử lý và được hệ thống chuyển đến {unit}. Hạn xử lý mới: {deadline}.'),
    ('FORWARDED', 'Tin nhắn cho người xử lý tiếp theo', 'Phản ánh {code} được chuyển đến bạn',
     '{actor} chuyển phản ánh {code} "{title}" đến bạn. {message}');
