-- Units (the org tree), accounts, sign-in sessions, login throttling and the audit log.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; this wrapper names its dictionary so that indexes may use it.
create or replace function immutable_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create sequence unit_seq start with 1 increment by 50;

create table unit (
    id                        bigint primary key,
    code                      varchar(40)  not null,
    name                      varchar(255) not null,
    kind                      varchar(30)  not null,
    parent_id                 bigint references unit (id),
    active                    boolean      not null default true,
    requires_result_approval  boolean      not null default false,
    version                   bigint       not null default 0,
    created_at                timestamptz  not null default now(),
    updated_at                timestamptz  not null default now(),
    constraint unit_code_unique unique (code),
    constraint unit_kind_check check (kind in ('PROVINCE_OFFICE', 'CALL_CENTER', 'DEPARTMENT', 'DISTRICT',
        'COMMUNE', 'CENTRAL_AGENCY', 'MASS_ORGANISATION', 'ENTERPRISE', 'OTHER')),
    constraint unit_not_own_parent check (parent_id is null or parent_id <> id)
);
create index unit_parent_idx on unit (parent_id);

create sequence account_seq start with 1 increment by 50;

create table account (
    id                        bigint primary key,
    phone                     varchar(16)  not null,
    full_name                 varchar(200) not null,
    position                  varchar(200),
    email                     varchar(254),
    unit_id                   bigint       not null references unit (id),
    -- comma-separated Role names: OPERATOR, SPECIALIST, LEADER, PROVINCE_OFFICE, ADMIN
    roles                     varchar(120) not null,
    enabled                   boolean      not null default true,
    password_hash             varchar(255) not null,
    password_change_required  boolean      not null default true,
    -- a one-time (initial or reset) password stops working at this time
    password_expires_at       timestamptz,
    -- tokens issued before this instant are refused (logout everywhere, disable, password reset)
    tokens_valid_after        timestamptz  not null default now(),
    version                   bigint       not null default 0,
    created_at                timestamptz  not null default now(),
    updated_at                timestamptz  not null default now(),
    constraint account_phone_unique unique (phone),
    constraint account_phone_e164 check (phone ~ '^\+[1-9][0-9]{7,14}$')
);
create index account_unit_idx on account (unit_id, full_name);
create index account_name_search_idx on account using gin (immutable_unaccent(lower(full_name)) gin_trgm_ops);

create table refresh_token (
    token_hash         varchar(64)  primary key,
    family_id          uuid         not null,
    account_id         bigint       not null references account (id),
    issued_at          timestamptz  not null,
    expires_at         timestamptz  not null,
    family_expires_at  timestamptz  not null,
    used_at            timestamptz,
    revoked_at         timestamptz
);
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_account_idx on refresh_token (account_id);

-- Failed sign-ins, per (normalised username, address) and per address; see auth.LoginThrottle.
create table login_throttle (
    throttle_key     varchar(200) primary key,
    failures         integer      not null,
    blocked_until    timestamptz,
    last_failure_at  timestamptz  not null
);

create sequence audit_event_seq start with 1 increment by 50;

create table audit_event (
    id           bigint primary key,
    occurred_at  timestamptz  not null,
    action       varchar(40)  not null,
    actor_id     bigint references account (id),
    -- the username typed at a failed sign-in, or the actor's name at the time
    actor_label  varchar(200),
    target_type  varchar(40),
    target_id    varchar(64),
    ip           varchar(64),
    user_agent   varchar(300),
    details      jsonb
);
create index audit_event_time_idx on audit_event (occurred_at desc, id desc);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at desc);
create index audit_event_action_idx on audit_event (action, occurred_at desc);
