\set id random(1, :maxid)
select a.enabled and 9999999999999::bigint >= floor(extract(epoch from a.tokens_valid_after) * 1000)::bigint and not exists (select 1 from revoked_access_token r where r.jti = 'bench-jti') as valid, a.password_change_required from account a where a.id = :account;
select p.id, p.code, p.title, p.content, p.category_id, c.name c_name, p.channel_id, ch.name ch_name,
  p.request_type, p.occurred_at, p.reported_at, p.location_text, p.area, p.latitude, p.longitude,
  p.reporter_name, p.reporter_phone, p.reporter_id_number, p.reporter_kind, p.reporter_address,
  p.reporter_email, p.identity_disclosed, p.is_public, p.reported_unit_id, ru.name ru_name, p.process_id,
  pr.name pr_name, p.current_step_id, s.code s_code, s.name s_name, s.kind s_kind, p.status,
  p.main_unit_id, mu.name mu_name, p.handler_id, h.full_name h_name, h.position h_position,
  h.unit_id h_unit_id, p.return_reason, p.deadline, p.progress, p.result_unit_id, rsu.name rsu_name,
  p.result_content, p.result_public, p.result_approved, p.result_approved_by, ab.full_name ab_name,
  p.result_approved_at, p.version, p.created_at, p.updated_at,
  (select json_agg(json_build_array(u.id, u.name) order by u.name) from pakn_unit pu
    join unit u on u.id = pu.unit_id
    where pu.pakn_id = p.id and pu.active and pu.role = 'COORDINATING') coordinators
from pakn p join category c on c.id = p.category_id join channel ch on ch.id = p.channel_id
  join process pr on pr.id = p.process_id join process_step s on s.id = p.current_step_id
  left join unit mu on mu.id = p.main_unit_id left join account h on h.id = p.handler_id
  left join unit ru on ru.id = p.reported_unit_id left join unit rsu on rsu.id = p.result_unit_id
  left join account ab on ab.id = p.result_approved_by
where p.id = :id
  and (true or exists (select 1 from pakn_unit v where v.pakn_id = p.id and v.unit_id = 0));
