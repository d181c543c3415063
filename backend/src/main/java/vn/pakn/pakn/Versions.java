package vn.pakn.pakn;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response.Status;
import vn.pakn.common.error.ProblemException;

/** The version of a record as an ETag ({@code "3"}), and the If-Match a write must send back. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by If-Match: 428 without one, 409 stale-version when it names no version we issued. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Status.PRECONDITION_REQUIRED, "precondition-required");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.conflict("stale-version");
        }
    }
}
