-- The 1022 centre answers many calls itself (a question answered on the line, a duplicate of an item in progress, a
-- complaint that belongs to another procedure): the operator confirms completion at Nhân viên trực too, with the
-- answer as the comment, instead of routing such an item to a unit or leaving it open.
insert into process_transition (id, process_id, from_step_id, action, role, unit_scope, to_step_id, result_status,
    condition)
select nextval('process_transition_seq'), p.id, f.id, 'complete', 'OPERATOR', 'ANY', s.id, 'COMPLETED', null
from process p
join process_step f on f.process_id = p.id and f.code = 'NHAN_VIEN_TRUC'
join process_step s on s.process_id = p.id and s.code = 'HOAN_THANH'
where p.code = 'QT1022';
