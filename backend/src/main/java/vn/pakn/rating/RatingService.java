package vn.pakn.rating;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.common.error.ProblemException;
import vn.pakn.pakn.Pakn;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.workflow.WorkflowAction;
import vn.pakn.workflow.history.Changes;
import vn.pakn.workflow.history.HistoryField;
import vn.pakn.workflow.history.PaknHistory;

/**
 * Records a citizen's rating: only of a completed item, and only once — the insert into pakn_rating, whose primary
 * key is the item, decides between two concurrent ratings (no check-then-insert race). A trigger copies the rating
 * onto the item (detail, list, statistics).
 */
@ApplicationScoped
public class RatingService {

    private final Clock clock;
    private final PaknConfig config;

    RatingService(Clock clock, PaknConfig config) {
        this.clock = clock;
        this.config = config;
    }

    @WithTransaction
    public Uni<RatingView> rate(String code, RatingRequest request, long clientId, String clientName) {
        Instant now = clock.instant();
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        return Pakn.<Pakn>find("code", code).firstResult()
                .onItem().ifNull().failWith(ProblemException::notFound)
                .chain(pakn -> {
                    if (pakn.status != PaknStatus.COMPLETED) {
                        throw new ProblemException(Status.CONFLICT, "rating-not-completed");
                    }
                    return Panache.getSession().chain(s -> s.createNativeQuery("insert into pakn_rating (pakn_id,"
                            + " rating, comment, rated_at, client_id) values (?1, ?2, cast(?3 as varchar), ?4, ?5)"
                            + " on conflict (pakn_id) do nothing")
                            .setParameter(1, pakn.id).setParameter(2, request.rating().name())
                            .setParameter(3, comment).setParameter(4, now).setParameter(5, clientId)
                            .executeUpdate())
                            .chain(inserted -> {
                                if (inserted == 0) {
                                    throw new ProblemException(Status.CONFLICT, "rating-already-rated");
                                }
                                PaknHistory entry = PaknHistory.of(pakn.id, null, clientName,
                                        WorkflowAction.RATE, now);
                                entry.comment = comment;
                                new Changes(entry, config.zone()).record(HistoryField.RATING, null,
                                        request.rating().label());
                                return entry.persist();
                            });
                })
                .replaceWith(() -> new RatingView(code, request.rating().name(), request.rating().label(), comment,
                        now));
    }
}
