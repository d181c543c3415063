package vn.pakn.deadline.sweep;

/**
 * The officers who must act at an item's step, picked as {@code workflow.NextOfficers} picks them for one item
 * (the step's role; at a unit level the main unit's officers, and at a coordination step the coordinating units'
 * too; otherwise everyone holding the role), for a whole chunk at once. SQL common table expressions over a
 * preceding {@code target(pakn_id, step_id, main_unit_id)}; they yield {@code officer(pakn_id, account_id, phone)}.
 */
final class StepOfficers {

    static final String CTES = """
            role_holder as (
                select a.id, a.unit_id, a.phone, r.role
                from account a cross join lateral unnest(string_to_array(a.roles, ',')) as r(role)
                where a.enabled),
            officer as (
                select t.pakn_id, h.id as account_id, h.phone
                from target t
                join process_step s on s.id = t.step_id and s.assignee_level like 'UNIT%'
                join role_holder h on h.role = s.role and h.unit_id = t.main_unit_id
                union
                select t.pakn_id, h.id, h.phone
                from target t
                join process_step s on s.id = t.step_id and s.assignee_level like 'UNIT%' and s.kind = 'COORDINATION'
                join pakn_unit u on u.pakn_id = t.pakn_id and u.active and u.role = 'COORDINATING'
                join role_holder h on h.role = s.role and h.unit_id = u.unit_id
                union
                select t.pakn_id, h.id, h.phone
                from target t
                join process_step s on s.id = t.step_id and coalesce(s.assignee_level, '') not like 'UNIT%'
                join role_holder h on h.role = s.role)""";

    private StepOfficers() {
    }
}
