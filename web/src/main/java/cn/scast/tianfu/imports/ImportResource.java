package cn.scast.tianfu.imports;

import cn.scast.tianfu.platform.Problems;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Import operations for administrators (HTTP Basic or the admin session):
 * <ul>
 *   <li>{@code GET /api/v1/imports} history of executions, {@code GET /api/v1/imports/{executionId}} one;</li>
 *   <li>{@code POST /api/v1/imports/{executionId}/restart} restart a FAILED/STOPPED execution from its checkpoint;</li>
 *   <li>{@code POST /api/v1/imports/{executionId}/stop} stop a running one after its current chunk;</li>
 *   <li>{@code GET /api/v1/imports/{executionId}/rejects.csv} reject report (UTF-8 with BOM);</li>
 *   <li>{@code POST /api/v1/imports/scan} scan the inbox now.</li>
 * </ul>
 */
@Path("v1/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {


    @EJB
    private ImportInbox inbox;

    @EJB
    private ImportStatus status;

    @Context
    private SecurityContext security;

    @GET
    public Response history(@QueryParam("files") Integer files) {
        return guarded(() -> Response.ok(status.history(files == null ? 50 : Math.min(files, 500))).build());
    }

    @GET
    @Path("{executionId}")
    public Response execution(@PathParam("executionId") long executionId) {
        return guarded(() -> status.execution(executionId)
                .map(view -> Response.ok(view).build())
                .orElseGet(() -> problem(Response.Status.NOT_FOUND, "找不到作业执行 " + executionId)));
    }

    @POST
    @Path("{executionId}/restart")
    public Response restart(@PathParam("executionId") long executionId) {
        return guarded(() -> {
            try {
                long restarted = inbox.restart(executionId);
                return Response.accepted(Map.of("executionId", restarted, "restartedFrom", executionId)).build();
            } catch (ImportRequestException e) {
                return problem(Response.Status.CONFLICT, e.getMessage());
            }
        });
    }

    @POST
    @Path("{executionId}/stop")
    public Response stop(@PathParam("executionId") long executionId) {
        return guarded(() -> {
            try {
                inbox.stop(executionId);
                return Response.accepted(Map.of("executionId", executionId)).build();
            } catch (ImportRequestException e) {
                return problem(Response.Status.CONFLICT, e.getMessage());
            }
        });
    }

    @POST
    @Path("scan")
    public Response scan() {
        return guarded(() -> Response.ok(inbox.scanNow()).build());
    }

    @GET
    @Path("{executionId}/rejects.csv")
    @Produces("text/csv")
    public Response rejects(@PathParam("executionId") long executionId) {
        return guarded(() -> {
            if (status.execution(executionId).isEmpty()) {
                return problem(Response.Status.NOT_FOUND, "找不到作业执行 " + executionId);
            }
            String base = status.fileOfExecution(executionId).map(ImportFileRecord::fileName).orElse("import");
            String name = "拒绝记录-" + executionId + "-" + base.replaceAll("\\.(?i)(csv|xlsx)$", "") + ".csv";
            return Response.ok(status.rejectCsv(executionId), "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"rejects-" + executionId + ".csv\"; filename*=UTF-8''"
                            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                    .build();
        });
    }

    private Response guarded(java.util.function.Supplier<Response> action) {
        if (security.getUserPrincipal() == null) {
            return problem(Response.Status.UNAUTHORIZED, "需要登录：请使用 HTTP Basic 认证");
        }
        if (!security.isUserInRole("admin")) {
            return problem(Response.Status.FORBIDDEN, "只有管理员可以操作导入作业");
        }
        return action.get();
    }

    private static Response problem(Response.Status status, String detail) {
        return Problems.of(status, detail);
    }

}
