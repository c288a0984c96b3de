package cn.scast.tianfu.award;

import cn.scast.tianfu.evaluation.intake.NewEditionRequest;
import cn.scast.tianfu.evaluation.intake.SubmissionResponses;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;

/** /api/v1/awards: award editions, recommending units' quotas and nominations (推荐). */
@Path("v1/awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardResource {

    // Request bodies are classes with public fields: Payara's OpenAPI scanner fails on record constraints.

    /** A recommending unit and its quota. */
    public static class UnitQuota {
        @NotBlank @Size(max = 16) public String unitCode;
        @NotBlank @Size(max = 64) public String unitName;
        public String unitKind;
        @Min(1) public int quota;
    }

    /** A new award edition. Rounds default to opening in 30 days for 30 days. */
    public static class NewEdition extends NewEditionRequest {
        @NotNull public AwardType type;
        public LocalDate publicationFrom;
        public LocalDate publicationTo;
        @Min(1) public Integer places;
        @NotEmpty public List<@Valid UnitQuota> quotas;
    }

    @EJB
    private AwardEditions editions;

    @EJB
    private NominationService nominations;

    @GET
    @Path("editions")
    @PermitAll
    @Operation(summary = "评奖届次（优秀论文、一流学会、一流科技期刊、学术活动、最美科技工作者）")
    public List<AwardEditionView> editions() {
        return editions.editions();
    }

    @POST
    @Path("editions")
    @RolesAllowed("admin")
    @Operation(summary = "设立评奖届次：评审项目配置（组别、轮次、评分表、奖项）与推荐单位名额")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "422", description = "refused (application/problem+json)")
    public Response create(@Valid @NotNull NewEdition e) {
        long id = editions.create(e.type, e.year, e.name, e.publicationFrom, e.publicationTo, e.places,
                e.quotas.stream().map(q -> new QuotaSpec(q.unitCode.strip(), q.unitName.strip(),
                        q.unitKind == null ? "SOCIETY" : q.unitKind, q.quota)).toList(), e.opens(), e.closes());
        return SubmissionResponses.editionCreated("v1/awards", id);
    }

    @GET
    @Path("editions/{id}/quotas")
    @RolesAllowed({"admin", "society-officer", "city-staff"})
    @Operation(summary = "各推荐单位名额及已用数")
    public List<QuotaUsage> quotas(@PathParam("id") long id) {
        return nominations.quotaUsage(id);
    }

    @GET
    @Path("editions/{id}/nominations")
    @RolesAllowed({"admin", "society-officer", "city-staff"})
    @Operation(summary = "本届推荐名单")
    public List<NominationView> nominations(@PathParam("id") long id) {
        return nominations.nominations(id);
    }

    @POST
    @Path("editions/{id}/nominations")
    @RolesAllowed({"admin", "society-officer", "city-staff"})
    @Operation(summary = "推荐参评", description = "优秀论文：发表日期在征集范围内、第一或通讯作者单位在四川、每人限报一篇；"
            + "各推荐单位不超过名额。被拒绝的推荐记入审计日志。")
    @APIResponse(responseCode = "201", description = "nominated; an engine entry in the first round")
    @APIResponse(responseCode = "400", description = "invalid fields (application/problem+json)")
    @APIResponse(responseCode = "422", description = "an eligibility rule or the quota refused it")
    public Response nominate(@PathParam("id") long id, NominationForm form) {
        NominationView created = nominations.nominate(id, form);
        return SubmissionResponses.submitted("v1/awards/nominations", created.id(), created);
    }
}
