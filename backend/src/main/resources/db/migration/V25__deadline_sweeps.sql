-- What the deadline sweeps (deadline.sweep) claim, read without passing over rows they have nothing to do with.

-- Items whose deadline passes while they are still Chưa đến hạn / Sắp đến hạn turn Trễ hạn.
create index pakn_overdue_due_idx on pakn (deadline, id)
    where deadline is not null and progress in ('NOT_DUE', 'DUE_SOON');

-- Overdue items at a step that escalates: by step, so that overdue items at the top of the chain (which stay
-- overdue until someone acts) are never scanned again.
create index pakn_escalation_due_idx on pakn (current_step_id, deadline, id)
    where deadline is not null and status <> 'COMPLETED';
