-- The lists sorted by title or by deadline (the statistics list, the officers' lists of operators and the
-- provincial office): walked in order with the filters applied on the way, instead of sorting every selected row.
create index pakn_title_sort_idx on pakn (title, id);
create index pakn_deadline_sort_idx on pakn (deadline, id);
