package vn.pakn.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.LocalDate;
import vn.pakn.auth.CurrentOfficer;
import vn.pakn.common.config.PaknConfig;
import vn.pakn.common.error.ProblemException;
import vn.pakn.pakn.PaknAccess;

/**
 * Turns the query parameters into the filter the caller may use: the current year so far by default, and for
 * leaders and specialists their own unit (asking for another unit is refused, never silently narrowed).
 */
@RequestScoped
public class ReportScope {

    private final CurrentOfficer officer;
    private final Clock clock;
    private final PaknConfig config;
    private final PaknAccess access;

    ReportScope(CurrentOfficer officer, Clock clock, PaknConfig config, PaknAccess access) {
        this.officer = officer;
        this.clock = clock;
        this.config = config;
        this.access = access;
    }

    ReportFilter resolve(StatisticsParams params) {
        LocalDate today = clock.instant().atZone(config.zone()).toLocalDate();
        LocalDate from = params.from == null ? today.withDayOfYear(1) : params.from;
        LocalDate to = params.to == null ? today : params.to;
        if (from.isAfter(to)) {
            throw new ProblemException(Status.BAD_REQUEST, "statistics-period-invalid");
        }
        Long unitId = params.unitId;
        if (!officer.seesAllUnits()) {
            if (unitId != null && unitId != officer.unitId()) {
                throw new ProblemException(Status.FORBIDDEN, "statistics-not-your-unit");
            }
            unitId = officer.unitId();
        }
        return new ReportFilter(from, to, unitId, params.categoryId, params.channelId);
    }

    /** Whether the reporter's name and phone may be shown when the reporter did not agree to disclosure. */
    boolean seesHiddenReporters() {
        return access.seesHiddenReporters();
    }
}
