-- A field change of a history entry, or null when the value did not change: a statement that writes entries for
-- many items at once lists only what changed with array_remove(array[...], null), in the manual's order (half the
-- time of an aggregate over a VALUES list per entry: 0.5 s of a sweep escalating 100,000 items).
create function history_change_if_changed(field text, old_value text, new_value text) returns jsonb
    language sql immutable parallel safe
as $$ select case when old_value is distinct from new_value then history_change(field, old_value, new_value) end $$;
