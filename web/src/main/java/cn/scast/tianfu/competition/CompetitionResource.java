package cn.scast.tianfu.competition;

import cn.scast.tianfu.evaluation.intake.NewEditionRequest;
import cn.scast.tianfu.evaluation.intake.SubmissionResponses;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * /api/v1/contests: contest editions, registrations (报名) within city quotas, 查新报告 uploads, the
 * popular vote (人气奖) and the 乡土人才库.
 */
@Path("v1/contests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompetitionResource {

    /** A new contest edition; rounds default to opening in 30 days for 30 days. */
    public static class NewEdition extends NewEditionRequest {
        @NotNull public CompetitionType type;
        public boolean popularVote;
        @NotEmpty public Map<String, Integer> cityQuotas;
    }

    /** A popular vote. */
    public static class Vote {
        @NotNull public Long entryId;
    }

    @EJB
    private CompetitionEditions editions;

    @EJB
    private RegistrationService registrations;

    @EJB
    private NoveltyReports reports;

    @EJB
    private PopularVotes votes;

    @EJB
    private RuralTalentRegistry registry;

    @EJB
    private EmailVotes emailVotes;

    /** A vote by e-mail: the entry and the address the confirmation link goes to. */
    public static class EmailVote {
        public Long entryId;
        public String email;
    }

    /** The token of a mailed vote link. */
    public static class VoteConfirmation {
        public String token;
    }

    @GET
    @Path("editions")
    @PermitAll
    @Operation(summary = "竞赛届次（青少年科技创新大赛、乡土人才创新创业大赛）")
    public List<CompetitionEditionView> editions() {
        return editions.editions();
    }

    @POST
    @Path("editions")
    @RolesAllowed("admin")
    @Operation(summary = "设立竞赛届次：组别、轮次、评分表、奖项与市州名额")
    public Response create(@Valid @NotNull NewEdition e) {
        long id = editions.create(e.type, e.year, e.name, e.popularVote, e.cityQuotas, e.opens(), e.closes());
        return SubmissionResponses.editionCreated("v1/contests", id);
    }

    @GET
    @Path("editions/{id}/quotas")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "各市州报名名额及已用数")
    public List<CityQuotaUsage> quotas(@PathParam("id") long id) {
        return editions.quotaUsage(id);
    }

    @GET
    @Path("editions/{id}/registrations")
    @RolesAllowed({"admin", "city-staff", "jury-member"})
    @Operation(summary = "本届报名名单")
    public List<RegistrationView> registrations(@PathParam("id") long id) {
        return registrations.registrations(id);
    }

    @POST
    @Path("editions/{id}/registrations")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "报名参赛", description = "青少年：学段、学科、学校、指导教师、市州，个人或集体（不超过 3 人）；"
            + "乡土人才：区县、组别。各市州不超过名额。被拒绝的报名记入审计日志。")
    @APIResponse(responseCode = "201", description = "registered; an engine entry in the first round")
    @APIResponse(responseCode = "400", description = "invalid fields (application/problem+json)")
    @APIResponse(responseCode = "422", description = "a contest rule or the city quota refused it")
    public Response register(@PathParam("id") long id, RegistrationForm form) {
        RegistrationView created = registrations.register(id, form);
        return SubmissionResponses.submitted("v1/contests/registrations", created.id(), created);
    }

    @PUT
    @Path("registrations/{id}/novelty-report")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "上传查新报告（PDF，不超过 10 MB）")
    @APIResponse(responseCode = "204", description = "stored")
    @APIResponse(responseCode = "422", description = "not a PDF, empty or too large")
    public Response upload(@PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body)
            throws IOException {
        // Read one byte more than allowed: enough to refuse an oversized file without holding all of it.
        byte[] content = body.readNBytes(NoveltyReports.MAX_BYTES + 1);
        reports.upload(id, fileName, content);
        return Response.noContent().build();
    }

    @GET
    @Path("registrations/{id}/novelty-report")
    @Produces("application/pdf")
    @RolesAllowed({"admin", "city-staff", "jury-member"})
    @Operation(summary = "下载查新报告")
    public Response download(@PathParam("id") long id) {
        NoveltyReport report = reports.find(id).orElseThrow(() -> new NotFoundException("没有查新报告"));
        return Response.ok(report.getContent(), "application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(report.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @POST
    @Path("editions/{id}/votes")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "人气奖投票：每人每届一票，与评委评分分开统计")
    @APIResponse(responseCode = "204", description = "counted")
    @APIResponse(responseCode = "422", description = "already voted, the vote is not open, or not an entry of it")
    public Response vote(@PathParam("id") long id, Vote vote, @Context SecurityContext security) {
        if (vote == null || vote.entryId == null) {
            throw RefusedInput.invalid(List.of(new cn.scast.tianfu.platform.FieldError("entryId", "不能为空")));
        }
        votes.vote(id, vote.entryId, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @GET
    @Path("editions/{id}/votes")
    @PermitAll
    @Operation(summary = "人气奖投票：状态、可投作品；投票结束后才公布各作品票数（票数从高到低）")
    @APIResponse(responseCode = "404", description = "no such edition, or it has no popular vote")
    public VoteTally voteTally(@PathParam("id") long id) {
        return votes.tally(id);
    }

    @POST
    @Path("editions/{id}/email-votes")
    @PermitAll
    @Operation(summary = "不登录投票：发送确认邮件", description = "邮件中的一次性链接（24 小时内有效）确认后计票；"
            + "每个邮箱每届一票。")
    @APIResponse(responseCode = "202", description = "the confirmation mail is on its way")
    @APIResponse(responseCode = "422", description = "invalid address, the vote is not open, not an entry, or the address voted")
    public Response requestEmailVote(@PathParam("id") long id, EmailVote vote) {
        if (vote == null || vote.entryId == null) {
            throw RefusedInput.invalid(List.of(new cn.scast.tianfu.platform.FieldError("entryId", "不能为空")));
        }
        emailVotes.request(id, vote.entryId, vote.email);
        return Response.accepted().build();
    }

    @POST
    @Path("email-votes/confirmation")
    @PermitAll
    @Operation(summary = "确认邮件投票（一次性链接中的 token）")
    @APIResponse(responseCode = "204", description = "counted")
    @APIResponse(responseCode = "422", description = "unknown, expired or used link; or the address has voted")
    public Response confirmEmailVote(VoteConfirmation confirmation) {
        emailVotes.confirm(confirmation == null ? null : confirmation.token);
        return Response.noContent().build();
    }

    @POST
    @Path("editions/{id}/vote/opening")
    @RolesAllowed("admin")
    @Operation(summary = "开启人气奖投票")
    @APIResponse(responseCode = "409", description = "the vote was opened before")
    public VoteTally openVote(@PathParam("id") long id) {
        return votes.open(id);
    }

    @POST
    @Path("editions/{id}/vote/closing")
    @RolesAllowed("admin")
    @Operation(summary = "结束人气奖投票并公布票数")
    @APIResponse(responseCode = "409", description = "the vote is not open")
    public VoteTally closeVote(@PathParam("id") long id) {
        return votes.close(id);
    }

    @GET
    @Path("editions/{id}/popular-award")
    @PermitAll
    @Operation(summary = "人气奖：投票结束后票数最高的作品（并列均获奖；结束前为空）")
    public List<VoteCount> popularAward(@PathParam("id") long id) {
        return votes.popularAward(id);
    }

    @POST
    @Path("editions/{id}/talent-registry")
    @RolesAllowed("admin")
    @Operation(summary = "决赛结果经公示并正式公布后，获奖者进入乡土人才库")
    @APIResponse(responseCode = "200", description = "how many winners were entered now")
    @APIResponse(responseCode = "422", description = "not a rural contest, or its results are not published yet")
    public Map<String, Integer> enterWinners(@PathParam("id") long id) {
        return Map.of("entered", registry.enterWinners(id));
    }

    @GET
    @Path("rural-talents")
    @PermitAll
    @Operation(summary = "乡土人才库（可按市州筛选）")
    public List<TalentView> talents(@QueryParam("city") String city) {
        return registry.talents(city == null || city.isBlank() ? null : city.strip());
    }
}
