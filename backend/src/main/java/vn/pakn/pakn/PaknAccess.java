package vn.pakn.pakn;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.common.error.ProblemException;

/**
 * Loads a PAKN for the current officer: an item of another unit answers 404, so that nobody learns it exists.
 * Call inside a session.
 */
@ApplicationScoped
public class PaknAccess {

    private static final String WITH_EVERYTHING = "select p from Pakn p join fetch p.category join fetch p.channel"
            + " join fetch p.process join fetch p.currentStep left join fetch p.mainUnit left join fetch p.handler"
            + " left join fetch p.reportedUnit left join fetch p.resultUnit left join fetch p.resultApprovedBy"
            + " where p.id = ?1";

    private final CurrentOfficer officer;
    private final PaknUnits units;

    public PaknAccess(CurrentOfficer officer, PaknUnits units) {
        this.officer = officer;
        this.units = units;
    }

    /** The item with everything its detail and its actions need, in one query. */
    public Uni<Pakn> visible(long id) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(WITH_EVERYTHING, Pakn.class)
                .setParameter(1, id).getSingleResultOrNull())
                .onItem().ifNull().failWith(ProblemException::notFound)
                .call(this::requireVisible);
    }

    /**
     * Whether the officer may see the identity of reporters who did not agree to disclosure (the roles that see
     * every unit): the detail, the statistics list and the keyword search show or match it only then.
     */
    public boolean seesHiddenReporters() {
        return officer.seesAllUnits();
    }

    /** Only the visibility check, for reads that do not need the item itself (comments, files). */
    public Uni<Void> requireVisible(long id) {
        return visibleRow(id).replaceWithVoid();
    }

    /** The item without its associations, after the visibility check. */
    public Uni<Pakn> visibleRow(long id) {
        return Panache.getSession().chain(s -> s.find(Pakn.class, id))
                .onItem().ifNull().failWith(ProblemException::notFound)
                .call(this::requireVisible);
    }

    /** Whether the officer may see who reported this item: it was disclosed, or the officer sees hidden reporters. */
    public boolean seesReporterOf(Pakn pakn) {
        return pakn.identityDisclosed || seesHiddenReporters();
    }

    private Uni<Void> requireVisible(Pakn pakn) {
        if (officer.seesAllUnits()) {
            return Uni.createFrom().voidItem();
        }
        return units.relation(pakn.id, officer.unitId()).invoke(relation -> {
            if (relation.isEmpty()) {
                throw ProblemException.notFound();
            }
        }).replaceWithVoid();
    }
}
