package vn.pakn.statistics;

import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestQuery;

/** The query parameters every report shares: from, to (yyyy-MM-dd, inclusive), unitId, categoryId, channelId. */
public class StatisticsParams {

    @RestQuery
    LocalDate from;
    @RestQuery
    LocalDate to;
    @RestQuery
    Long unitId;
    @RestQuery
    Long categoryId;
    @RestQuery
    Long channelId;
}
