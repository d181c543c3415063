package vn.pakn.unit;

import vn.pakn.common.error.ProblemException;

/** Optimistic locking seen by clients: an edit names the version it was based on. */
public final class Versions {

    private Versions() {
    }

    /** @throws ProblemException 409 {@code stale-version} when someone changed the record since the client read it */
    public static void require(long current, long basedOn) {
        if (current != basedOn) {
            throw ProblemException.conflict("stale-version");
        }
    }
}
