package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.ProblemTexts;
import cn.scast.tianfu.platform.Problems;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 公示 and results of the evaluation engine: /api/v1/evaluation. Reading the notice, filing an objection,
 * reading published results and downloading a certificate are public; the rest needs the admin role
 * (checked here, per request, so that no filter set-up can leave it open).
 */
@Path("v1/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "evaluation", description = "评审结果公示、异议、结果公布与荣誉证书")
public class NoticeResource {

    /** Opening or moving a notice period; ISO-8601 instants, e.g. 2026-12-01T01:00:00Z. */
    public static class Period {
        public String startsAt;
        public String endsAt;
    }

    /** An objection from the public. */
    public static class ObjectionInput {
        public Long entryId;
        public String name;
        public String contact;
        public String reason;
    }

    /** The administrator's decision on an objection. */
    public static class Decision {
        public Boolean upheld;
        public String reason;
    }

    /** The published results grouped by tier, highest first. */
    public record TierGroup(String tier, List<NoticeLine> entries) {
    }

    public record Results(long editionId, String editionName, String publishedStatus, List<TierGroup> tiers) {
    }

    public record NoticeSummary(long editionId, String editionName, String status, Instant startsAt, Instant endsAt,
                                boolean acceptingObjections) {
    }

    public record Filed(long id, String status, String message) {
    }

    @EJB
    private Objections objections;

    @EJB
    private PublicNotices notices;

    @Context
    private SecurityContext security;

    @GET
    @Path("notices")
    @Operation(summary = "公示与已公布结果列表", description = "公开")
    public List<NoticeSummary> notices() {
        return notices.all().stream().map(v -> new NoticeSummary(v.editionId(), v.editionName(), v.status(), v.startsAt(),
                v.endsAt(), v.acceptingObjections())).toList();
    }

    @GET
    @Path("editions/{id}/notice")
    @Operation(summary = "评审结果公示（拟获奖名单）", description = "公开；不含评委信息")
    public Response notice(@PathParam("id") long editionId) {
        return notices.notice(editionId, false).map(v -> Response.ok(v).build())
                .orElseGet(() -> Problems.of(Response.Status.NOT_FOUND, PublicNotices.MSG_NO_NOTICE));
    }

    @POST
    @Path("editions/{id}/objections")
    @Operation(summary = "公示期内提出异议", description = "公开；公示期外提交将被拒绝")
    public Response object(@PathParam("id") long editionId, ObjectionInput input) {
        if (input == null || input.entryId == null) {
            return Problems.of(400, "输入不符合要求", "请选择提出异议的作品",
                    List.of(new FieldError("entryId", "请选择提出异议的作品")));
        }
        ObjectionView filed = objections.fileObjection(editionId, input.entryId, input.name, input.contact, input.reason);
        return Response.created(URI.create("v1/evaluation/objections/" + filed.id()))
                .entity(new Filed(filed.id(), filed.status(), "异议已受理，我们将在公示期结束前答复")).build();
    }

    @GET
    @Path("editions/{id}/results")
    @Operation(summary = "已公布的评审结果（按奖项等级）", description = "公开；公布前返回 404")
    public Results results(@PathParam("id") long editionId) {
        NoticeView v = notices.results(editionId);
        Map<String, List<NoticeLine>> byTier = new LinkedHashMap<>();
        v.lines().forEach(l -> byTier.computeIfAbsent(l.tier(), k -> new ArrayList<>()).add(l));
        List<TierGroup> groups = new ArrayList<>();
        byTier.forEach((tier, lines) -> groups.add(new TierGroup(tier, lines)));
        return new Results(v.editionId(), v.editionName(), v.status(), groups);
    }

    @GET
    @Path("entries/{id}/certificate.pdf")
    @Produces("application/pdf")
    @Operation(summary = "荣誉证书（PDF）", description = "公开；仅限已公布结果中的获奖作品")
    public Response certificate(@PathParam("id") long entryId) {
        try {
            return Response.ok(notices.certificate(entryId), "application/pdf")
                    .header("Content-Disposition", "inline; filename=\"certificate-" + entryId + ".pdf\"").build();
        } catch (EvaluationException e) {
            // The method produces PDF only, so the problem body is built here rather than by the mapper.
            return Problems.of(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    // ------------------------------------------------------------------ administrator

    @POST
    @Path("editions/{id}/notice")
    @Operation(summary = "发布公示（终评结束后）", description = "管理员或终评评审组长")
    public Response open(@PathParam("id") long editionId, Period period) {
        Response denied = adminOnly();
        if (denied != null && security.getUserPrincipal() != null
                && notices.chairsFinalRound(editionId, security.getUserPrincipal().getName())) {
            denied = null;
        }
        if (denied != null) {
            return denied;
        }
        Instant[] times = new Instant[2];
        Response bad = parse(period, times);
        if (bad != null) {
            return bad;
        }
        NoticeView v = notices.open(editionId, times[0], times[1]);
        return Response.created(URI.create("v1/evaluation/editions/" + editionId + "/notice")).entity(v).build();
    }

    @POST
    @Path("editions/{id}/notice/period")
    @Operation(summary = "调整公示期", description = "管理员；结果公布后不能调整")
    public Response reschedule(@PathParam("id") long editionId, Period period) {
        Response denied = adminOnly();
        if (denied != null) {
            return denied;
        }
        Instant[] times = new Instant[2];
        Response bad = parse(period, times);
        return bad != null ? bad : Response.ok(notices.reschedule(editionId, times[0], times[1])).build();
    }

    @GET
    @Path("editions/{id}/objections")
    @Operation(summary = "异议列表", description = "管理员")
    public Response objections(@PathParam("id") long editionId) {
        Response denied = adminOnly();
        return denied != null ? denied : Response.ok(objections.objections(editionId)).build();
    }

    @POST
    @Path("objections/{id}/decision")
    @Operation(summary = "处理异议：成立（撤销该作品）或不成立", description = "管理员；须说明理由")
    public Response decide(@PathParam("id") long objectionId, Decision decision) {
        Response denied = adminOnly();
        if (denied != null) {
            return denied;
        }
        if (decision == null || decision.upheld == null) {
            return Problems.of(400, "输入不符合要求", "请说明异议是否成立",
                    List.of(new FieldError("upheld", "请说明异议是否成立")));
        }
        return Response.ok(objections.decide(objectionId, decision.upheld, decision.reason)).build();
    }

    @POST
    @Path("editions/{id}/publication")
    @Operation(summary = "公布评审结果（公示期结束且异议均已处理）", description = "管理员；公布后不可更改")
    public Response publish(@PathParam("id") long editionId) {
        Response denied = adminOnly();
        return denied != null ? denied : Response.ok(notices.publish(editionId)).build();
    }

    private Response adminOnly() {
        if (security == null || security.getUserPrincipal() == null) {
            return Problems.of(Response.Status.UNAUTHORIZED, ProblemTexts.of(401).detail());
        }
        return security.isUserInRole("admin") ? null
                : Problems.of(Response.Status.FORBIDDEN, "只有管理员可以执行此操作");
    }

    private static Response parse(Period period, Instant[] into) {
        List<FieldError> errors = new ArrayList<>();
        String[] values = {period == null ? null : period.startsAt, period == null ? null : period.endsAt};
        String[] fields = {"startsAt", "endsAt"};
        for (int i = 0; i < 2; i++) {
            try {
                into[i] = Instant.parse(values[i] == null ? "" : values[i]);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(fields[i], "请使用 ISO-8601 时间，例如 2026-12-01T01:00:00Z"));
            }
        }
        return errors.isEmpty() ? null : Problems.of(400, "输入不符合要求", "公示时间格式不正确", errors);
    }
}
