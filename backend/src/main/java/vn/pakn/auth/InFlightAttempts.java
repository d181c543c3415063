package vn.pakn.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins (and password changes) being checked right now on this instance. The throttle is read before the password
 * check and a failure recorded after it, so parallel guesses all passed the read; now one username from one address
 * is checked at a time, and one address runs at most {@link #PER_ADDRESS} checks at once (each an argon2 hash of
 * 19 MiB).
 */
@ApplicationScoped
class InFlightAttempts {

    static final int PER_ADDRESS = 8;

    private final Set<String> users = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Integer> addresses = new ConcurrentHashMap<>();

    /** Whether the attempt may start; if so, {@link #end} must follow. */
    boolean start(String userKey, String addressKey) {
        if (!users.add(userKey)) {
            return false;
        }
        if (addresses.merge(addressKey, 1, Integer::sum) > PER_ADDRESS) {
            end(userKey, addressKey);
            return false;
        }
        return true;
    }

    void end(String userKey, String addressKey) {
        users.remove(userKey);
        addresses.computeIfPresent(addressKey, (key, running) -> running <= 1 ? null : running - 1);
    }
}
