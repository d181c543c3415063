package vn.pakn.pakn;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.pakn.common.config.PaknConfig;

/**
 * Codes {@code 1022-<year>-<6 digits>} from a per-year counter row, taken inside the creating transaction: the row
 * lock orders concurrent intakes, and a rolled-back intake gives its number back without any record having had it.
 */
@ApplicationScoped
public class PaknCodes {

    private final PaknConfig config;

    PaknCodes(PaknConfig config) {
        this.config = config;
    }

    public Uni<String> next(Instant now) {
        int year = now.atZone(config.zone()).getYear();
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into pakn_code_counter (year, last_value)"
                + " values (?1, 1) on conflict (year) do update set last_value = pakn_code_counter.last_value + 1"
                + " returning last_value", Long.class).setParameter(1, year).getSingleResult())
                .map(number -> String.format("1022-%d-%06d", year, number));
    }
}
