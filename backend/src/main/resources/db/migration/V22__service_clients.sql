-- Service clients (the citizens' portal, third-party apps): API keys that an administrator issues and revokes.

create sequence service_client_seq start with 1 increment by 50;

create table service_client (
    id                     bigint primary key,
    name                   varchar(120) not null,
    -- the key's public part, to find it without scanning; the whole key is only ever stored hashed
    key_prefix             varchar(16)  not null,
    key_hash               varchar(64)  not null,
    -- comma-separated scopes, e.g. "rating:write,pakn:submit"
    scopes                 varchar(300) not null,
    requests_per_minute    integer      not null,
    created_at             timestamptz  not null,
    created_by             bigint references account (id),
    revoked_at             timestamptz,
    constraint service_client_prefix_unique unique (key_prefix),
    constraint service_client_rate_positive check (requests_per_minute > 0)
);
