-- pakn_main_unit_idx (main unit, status, newest first) serves no query since the officers' lists read a unit's items
-- through pakn_unit: the statistics list of one unit walks pakn_main_unit_report_idx (V37), a status as a filter on
-- the way. Every write of pakn that is not HOT (each action, each escalation) paid for it.
drop index pakn_main_unit_idx;
