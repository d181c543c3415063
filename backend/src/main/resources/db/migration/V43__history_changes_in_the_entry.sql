-- A history entry's field changes (Trường, Giá trị cũ, Giá trị mới) live in the entry's row, as a jsonb array in
-- the manual's order, instead of a row each in pakn_history_change: an action writes one row, not one plus one per
-- field with its foreign-key check and index entries (the deadline sweep wrote four rows per escalated item), and
-- Lịch sử reads one row per entry.
alter table pakn_history add column changes jsonb not null default '[]';

update pakn_history h
set changes = c.changes
from (select history_id,
             jsonb_agg(jsonb_build_object('field', field, 'oldValue', old_value, 'newValue', new_value)
                       order by position) as changes
      from pakn_history_change
      group by history_id) c
where c.history_id = h.id;

drop table pakn_history_change;
drop sequence pakn_history_change_seq;

-- Superseded by pakn_overdue_due_idx and pakn_escalation_due_idx (V25); every non-HOT update of pakn paid for it.
drop index pakn_deadline_due_idx;
