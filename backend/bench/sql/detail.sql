\set id random(1, :maxid)
select p.*, c.name, ch.name, s.name, u.name from pakn p join category c on c.id = p.category_id
join channel ch on ch.id = p.channel_id join process_step s on s.id = p.current_step_id
left join unit u on u.id = p.main_unit_id where p.id = :id;
select pu.unit_id, pu.role, pu.active from pakn_unit pu where pu.pakn_id = :id;
