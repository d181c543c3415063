package vn.pakn.statistics;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.unit.Role;

/**
 * Thống kê: the five reports and their Excel files. Every report takes the same filters (from, to, unitId,
 * categoryId, channelId); leaders and specialists see their own unit only.
 */
@Path("/api/v1/statistics")
@RolesAllowed({Role.OPERATOR_NAME, Role.PROVINCE_OFFICE_NAME, Role.ADMIN_NAME, Role.LEADER_NAME,
    Role.SPECIALIST_NAME})
@Tag(name = "Thống kê")
public class StatisticsResource {

    private final StatisticsService service;
    private final StatisticsList list;
    private final ReportScope scope;
    private final Exports exports;

    StatisticsResource(StatisticsService service, StatisticsList list, ReportScope scope, Exports exports) {
        this.service = service;
        this.list = list;
        this.scope = scope;
        this.exports = exports;
    }

    @GET
    @Path("status")
    @Operation(summary = "Trạng thái: items by status, channel × status and week")
    public Uni<StatusReport> status(@BeanParam StatisticsParams params) {
        return service.status(scope.resolve(params));
    }

    @GET
    @Path("list")
    @Operation(summary = "Danh sách: the items the filters select, in the order asked (newest first by default), page from 1")
    public Uni<PageResponse<ListRow>> list(@BeanParam StatisticsParams params, @BeanParam ListParams page) {
        return list.page(page.toQuery(scope.resolve(params)), scope.seesHiddenReporters());
    }

    @GET
    @Path("identity")
    @Operation(summary = "Định danh: disclosed and anonymous reporters per unit")
    public Uni<IdentityReport> identity(@BeanParam StatisticsParams params) {
        return service.identity(scope.resolve(params));
    }

    @GET
    @Path("rating")
    @Operation(summary = "Đánh giá: the citizens' ratings per unit")
    public Uni<RatingReport> rating(@BeanParam StatisticsParams params) {
        return service.rating(scope.resolve(params));
    }

    @GET
    @Path("progress")
    @Operation(summary = "Tiến độ: on time, late and extended per unit")
    public Uni<ProgressReport> progress(@BeanParam StatisticsParams params) {
        return service.progress(scope.resolve(params));
    }

    @GET
    @Path("status/export")
    @Blocking
    @Produces(Exports.XLSX)
    @Operation(summary = "Trạng thái as an Excel file")
    @APIResponse(responseCode = "200", description = "The .xlsx file", content = @Content(mediaType = Exports.XLSX,
            schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Uni<Response> exportStatus(@BeanParam StatisticsParams params) {
        ReportFilter filter = scope.resolve(params);
        return file(service.status(filter), r -> exports.table("status", "Thống kê trạng thái", filter,
                ReportSheets.status(r)));
    }

    @GET
    @Path("list/export")
    @Blocking
    @Produces(Exports.XLSX)
    @Operation(summary = "Danh sách as an Excel file: every row the filters select, streamed")
    @APIResponse(responseCode = "200", description = "The .xlsx file", content = @Content(mediaType = Exports.XLSX,
            schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response exportList(@BeanParam StatisticsParams params, @BeanParam ListParams page) {
        return exports.list(page.toQuery(scope.resolve(params)), scope.seesHiddenReporters());
    }

    @GET
    @Path("identity/export")
    @Blocking
    @Produces(Exports.XLSX)
    @Operation(summary = "Định danh as an Excel file")
    @APIResponse(responseCode = "200", description = "The .xlsx file", content = @Content(mediaType = Exports.XLSX,
            schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Uni<Response> exportIdentity(@BeanParam StatisticsParams params) {
        ReportFilter filter = scope.resolve(params);
        return file(service.identity(filter), r -> exports.table("identity", "Thống kê định danh", filter,
                ReportSheets.identity(r)));
    }

    @GET
    @Path("rating/export")
    @Blocking
    @Produces(Exports.XLSX)
    @Operation(summary = "Đánh giá as an Excel file")
    @APIResponse(responseCode = "200", description = "The .xlsx file", content = @Content(mediaType = Exports.XLSX,
            schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Uni<Response> exportRating(@BeanParam StatisticsParams params) {
        ReportFilter filter = scope.resolve(params);
        return file(service.rating(filter), r -> exports.table("rating", "Thống kê đánh giá", filter,
                ReportSheets.rating(r)));
    }

    @GET
    @Path("progress/export")
    @Blocking
    @Produces(Exports.XLSX)
    @Operation(summary = "Tiến độ as an Excel file")
    @APIResponse(responseCode = "200", description = "The .xlsx file", content = @Content(mediaType = Exports.XLSX,
            schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Uni<Response> exportProgress(@BeanParam StatisticsParams params) {
        ReportFilter filter = scope.resolve(params);
        return file(service.progress(filter), r -> exports.table("progress", "Thống kê tiến độ", filter,
                ReportSheets.progress(r)));
    }

    /** The file is written on a worker thread, never on the event loop the report's query completes on. */
    private static <R> Uni<Response> file(Uni<R> report, Function<R, Response> toFile) {
        return report.emitOn(Infrastructure.getDefaultWorkerPool()).map(toFile);
    }
}
