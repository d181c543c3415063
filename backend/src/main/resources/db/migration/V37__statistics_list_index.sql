-- The list report of one processing unit, newest first, whatever the status (pakn_main_unit_idx starts with the
-- status, so without a status filter it would sort every row of the unit).
create index pakn_main_unit_report_idx on pakn (main_unit_id, reported_at desc, id desc);
