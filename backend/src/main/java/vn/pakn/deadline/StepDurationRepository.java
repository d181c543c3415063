package vn.pakn.deadline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The step_duration rows {@link StepDeadlines} reads at every step start (so a change applies to the next one). */
@ApplicationScoped
public class StepDurationRepository {

    private static final String STEPS = """
            select s.id, s.code, s.name, s.kind, p.name as process_name,
                   (select d.working_minutes from step_duration d
                    where d.process_step_id = s.id and d.category_id is null) as working_minutes
            from process_step s join process p on p.id = s.process_id
            where s.kind <> 'FINAL' and ($1::bigint is null or s.id = $1)
            order by p.id, s.position""";

    private static final String CATEGORIES = """
            select d.process_step_id, d.category_id, c.name, d.working_minutes
            from step_duration d join category c on c.id = d.category_id
            where $1::bigint is null or d.process_step_id = $1
            order by c.sort_order, c.name""";

    private final Pool pool;

    public StepDurationRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<StepDurationsView.StepDuration>> steps() {
        return steps(pool, null);
    }

    public Uni<StepDurationsView.StepDuration> step(SqlClient client, long stepId) {
        return steps(client, stepId).map(steps -> steps.isEmpty() ? null : steps.get(0));
    }

    /** The step's kind, or null when there is no such step. */
    public Uni<String> stepKind(SqlClient client, long stepId) {
        return client.preparedQuery("select kind from process_step where id = $1").execute(Tuple.of(stepId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }

    public Uni<Boolean> categoryExists(SqlClient client, long categoryId) {
        return client.preparedQuery("select 1 from category where id = $1").execute(Tuple.of(categoryId))
                .map(rows -> rows.size() == 1);
    }

    public Uni<Void> upsert(SqlClient client, long stepId, Long categoryId, int workingMinutes) {
        return client.preparedQuery("""
                insert into step_duration (id, process_step_id, category_id, working_minutes)
                values (nextval('step_duration_seq'), $1, $2, $3)
                on conflict on constraint step_duration_unique
                do update set working_minutes = excluded.working_minutes""")
                .execute(Tuple.of(stepId, categoryId, workingMinutes)).replaceWithVoid();
    }

    /** False when the step had no override for the category. */
    public Uni<Boolean> delete(SqlClient client, long stepId, long categoryId) {
        return client.preparedQuery("delete from step_duration where process_step_id = $1 and category_id = $2")
                .execute(Tuple.of(stepId, categoryId)).map(rows -> rows.rowCount() == 1);
    }

    private static Uni<List<StepDurationsView.StepDuration>> steps(SqlClient client, Long stepId) {
        Tuple args = Tuple.of(stepId);
        return client.preparedQuery(CATEGORIES).execute(args).flatMap(overrides -> {
            Map<Long, List<StepDurationsView.CategoryDuration>> byStep = new LinkedHashMap<>();
            for (Row row : overrides) {
                byStep.computeIfAbsent(row.getLong(0), id -> new ArrayList<>()).add(
                        new StepDurationsView.CategoryDuration(row.getLong(1), row.getString(2), row.getInteger(3)));
            }
            return client.preparedQuery(STEPS).execute(args).map(rows -> {
                List<StepDurationsView.StepDuration> steps = new ArrayList<>();
                for (Row row : rows) {
                    long id = row.getLong("id");
                    steps.add(new StepDurationsView.StepDuration(id, row.getString("code"), row.getString("name"),
                            row.getString("kind"), row.getString("process_name"),
                            row.getInteger("working_minutes"), byStep.getOrDefault(id, List.of())));
                }
                return steps;
            });
        });
    }
}
