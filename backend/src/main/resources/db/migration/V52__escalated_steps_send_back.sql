-- An item that escalated for being late may be late because it went to the wrong place. The unit's leader, at
-- Lãnh đạo sở ban ngành, may now also bring in coordinating units or send it back to the 1022 centre (not our
-- jurisdiction, with the reason); the provincial office, at VP UBND Tỉnh, may send it back to the 1022 centre to be
-- routed to the unit that can act.
insert into process_transition (id, process_id, from_step_id, action, role, unit_scope, to_step_id, result_status,
    condition)
select nextval('process_transition_seq'), p.id, f.id, t.action, t.role_name, t.scope, s.id, t.status, null
from process p
cross join (values
    ('LANH_DAO_SO', 'coordinate', 'LEADER', 'MAIN', 'XU_LY_PHOI_HOP', 'WAITING'),
    ('LANH_DAO_SO', 'return-to-operator', 'LEADER', 'MAIN', 'NHAN_VIEN_TRUC', 'IN_PROGRESS'),
    ('VP_UBND_TINH', 'return-to-operator', 'PROVINCE_OFFICE', 'ANY', 'NHAN_VIEN_TRUC', 'IN_PROGRESS')
) as t(from_code, action, role_name, scope, to_code, status)
join process_step f on f.process_id = p.id and f.code = t.from_code
join process_step s on s.process_id = p.id and s.code = t.to_code
where p.code = 'QT1022';
