-- The escalation sweep reads the items the progress sweep has marked Trễ hạn (OVERDUE) — it runs first in every
-- sweep (DeadlineSweep) — instead of every open item with a deadline: the index holds only those, a handful, not
-- every open item, and an escalated item (Chưa đến hạn again), like every other change of an open item, writes no
-- entry into it.
drop index pakn_escalation_due_idx;
create index pakn_escalation_due_idx on pakn (current_step_id, deadline, id) where progress = 'OVERDUE';
