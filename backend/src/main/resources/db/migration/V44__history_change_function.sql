-- One field change of a history entry, in the shape HistoryChange reads (Trường, Giá trị cũ, Giá trị mới): the
-- statements that write history in SQL (the deadline sweep, the demo data) build it here, not each on its own.
create function history_change(field text, old_value text, new_value text) returns jsonb
    language sql immutable parallel safe
as $$ select jsonb_build_object('field', field, 'oldValue', old_value, 'newValue', new_value) $$;
