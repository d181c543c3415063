-- Access tokens ended by a logout before they expire (ASVS V7.4.1). Only this session ends: the account's other
-- devices keep theirs (tokens_valid_after ends them all). Rows are useless once the token has expired and are purged.
create table revoked_access_token (
    jti         varchar(64)  primary key,
    account_id  bigint       not null references account (id),
    expires_at  timestamptz  not null
);
create index revoked_access_token_expiry_idx on revoked_access_token (expires_at);
