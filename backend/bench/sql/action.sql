\set id random(1, :maxid)
select a.enabled and 9999999999999::bigint >= floor(extract(epoch from a.tokens_valid_after) * 1000)::bigint and not exists (select 1 from revoked_access_token r where r.jti = 'bench-jti') as valid, a.password_change_required from account a where a.id = :account;
begin;
select p.* from pakn p where p.id = :id;
select t.* from process_transition t where t.from_step_id = (select current_step_id from pakn where id = :id) and t.action = 'receive';
update pakn set status = status, version = version + 1, updated_at = now() where id = :id;
insert into pakn_history (id, pakn_id, actor_id, actor_label, action, occurred_at, changes) select nextval('pakn_history_seq'), id, null, 'bench', 'receive', now(), '[{"field": "STATUS", "oldValue": "Chờ tiếp nhận", "newValue": "Đang xử lý"}]' from pakn where id = :id;
commit;
