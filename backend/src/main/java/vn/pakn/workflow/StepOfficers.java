package vn.pakn.workflow;

/**
 * The officers who must act at an item's step: the step's role; at a unit level the main unit's officers, and at a
 * coordination step the coordinating units' too; otherwise everyone holding the role. One rule for the next
 * officers of an action ({@link NextOfficers}, one item) and the deadline sweeps (a chunk at once): an SQL common
 * table expression over a preceding {@code target(pakn_id, main_unit_id, role, assignee_level, kind, …)}; it yields
 * each target row once per officer, with {@code account_id} and {@code phone}.
 *
 * <p>Every join goes from a target row to a table through an index (or to the few holders of province-wide
 * roles): the planner cannot know how many rows a data-modifying CTE yields, and a nested loop between two large
 * CTEs would be quadratic.
 */
public final class StepOfficers {

    public static final String CTE = """
            officer as (
                select t.*, a.id as account_id, a.phone
                from target t
                join account a on a.unit_id = t.main_unit_id and a.enabled
                where t.assignee_level like 'UNIT%' and (',' || a.roles || ',') like '%,' || t.role || ',%'
                union all
                select t.*, a.id, a.phone
                from target t
                join pakn_unit u on u.pakn_id = t.pakn_id and u.active and u.role = 'COORDINATING'
                                   and u.unit_id <> t.main_unit_id
                join account a on a.unit_id = u.unit_id and a.enabled
                where t.assignee_level like 'UNIT%' and t.kind = 'COORDINATION'
                  and (',' || a.roles || ',') like '%,' || t.role || ',%'
                union all
                select t.*, h.id, h.phone
                from target t
                join (select a.id, a.phone, r.role
                      from account a cross join lateral unnest(string_to_array(a.roles, ',')) as r(role)
                      where a.enabled and r.role in (select role from process_step
                                                     where coalesce(assignee_level, '') not like 'UNIT%')) h
                  on h.role = t.role
                where coalesce(t.assignee_level, '') not like 'UNIT%')""";

    private StepOfficers() {
    }
}
