package cn.scast.tianfu.fair;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * 科创会 API: cities submit projects, experts review them in the evaluation engine, the office adopts the
 * results, signings are recorded; the recommended list is public.
 */
@Path("v1/fair")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FairResource {

    /** What the public list shows of a project, with the expert review's outcome once adopted. */
    public record PublishedProject(long id, int year, String title, String type, String cityCode, String holder,
                                   String status, BigDecimal reviewScore, Integer reviewPlace, String reviewNote,
                                   BigDecimal signedAmountWanYuan) {
        static PublishedProject of(FairProject p) {
            return new PublishedProject(p.getId(), p.getFairYear(), p.getTitle(), p.getType().name(), p.getCityCode(),
                    p.getHolderName(), p.getStatus().name(), p.getReviewScore(), p.getReviewPlace(), p.getReviewNote(),
                    p.getSignedAmountWanYuan());
        }
    }

    /** The office's view of a year's expert review. */
    public record ReviewStatus(int year, long editionId, long roundId, Instant opensAt, Instant closesAt,
                               int placesPerType, BigDecimal passMark, int jurorsPerEntry, List<String> experts,
                               int projects, int completedProjects, Map<String, String> progressByProject,
                               Instant adoptedAt) {
        static ReviewStatus of(FairReviewView v) {
            return new ReviewStatus(v.getYear(), v.getEditionId(), v.getRoundId(), v.getOpensAt(), v.getClosesAt(),
                    v.getPlacesPerType(), v.getPassMark(), v.getJurorsPerEntry(), v.getJurors(), v.getProjects(),
                    v.getCompletedProjects(), progress(v), v.getAdoptedAt());
        }

        /** Project id → "submitted / assigned"; string keys, so JSON shows an object. */
        private static Map<String, String> progress(FairReviewView v) {
            Map<String, String> progress = new java.util.TreeMap<>();
            v.getProgressByProject().forEach((project, text) -> progress.put(String.valueOf(project), text));
            return progress;
        }
    }

    // Request bodies are classes with public fields, not records: Payara's OpenAPI scanner fails on
    // constraint annotations of record components.

    /** A city's submission. */
    public static class Submission {
        @NotNull public Integer year;
        @NotBlank @Size(max = 100) public String title;
        @NotNull public FairProjectType type;
        @NotNull @Pattern(regexp = "51\\d{2}00") public String cityCode;
        @NotBlank @Size(max = 64) public String holder;
    }

    /** Opening a year's expert review; closesAt is an ISO-8601 instant, e.g. 2026-12-20T10:00:00Z. */
    public static class ReviewOpening {
        @NotNull public Instant closesAt;
        @NotNull @Min(1) public Integer placesPerType;
        @NotNull @DecimalMin("0") @DecimalMax("100") public BigDecimal passMark;
        @NotNull @Min(1) public Integer jurorsPerEntry;
        @NotNull @Size(min = 1, max = 50) @Valid public List<Expert> experts;
    }

    /** An expert of the panel: a user with the jury-member role and the unit they work for. */
    public static class Expert {
        @NotBlank @Size(max = 64) public String username;
        @Size(max = 128) public String organisation;
        public boolean chair;
    }

    /** A signing at the fair. */
    public static class Signing {
        @NotBlank @Size(max = 64) public String partner;
        @NotNull @DecimalMin(value = "0", inclusive = false) public BigDecimal amountWanYuan;
    }

    @EJB
    private FairService fair;

    @EJB
    private FairReviews reviews;

    @POST
    @Path("projects")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "市州提交科创会项目")
    public Response submit(@Valid @NotNull Submission s) {
        FairProject project = fair.submit(s.year, s.title, s.type, s.cityCode, s.holder);
        return Response.created(URI.create("v1/fair/projects/" + project.getId()))
                .entity(PublishedProject.of(project)).build();
    }

    @POST
    @Path("{year}/review")
    @RolesAllowed("admin")
    @Operation(summary = "启动专家评审（评审引擎：全部待评审项目进入评审，自动分配专家）")
    public Response openReview(@PathParam("year") int year, @Valid @NotNull ReviewOpening opening) {
        FairReviewView view = reviews.open(year, new FairReviewPlan(opening.closesAt, opening.placesPerType,
                opening.passMark, opening.jurorsPerEntry, opening.experts.stream()
                .map(e -> new FairReviewPlan.Panelist(e.username.strip(), e.organisation, e.chair)).toList()));
        return Response.created(URI.create("v1/fair/" + year + "/review")).entity(ReviewStatus.of(view)).build();
    }

    @GET
    @Path("{year}/review")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "专家评审进度")
    public Response review(@PathParam("year") int year) {
        return reviews.review(year).map(v -> Response.ok(ReviewStatus.of(v)))
                .orElse(Response.status(Response.Status.NOT_FOUND)).build();
    }

    @POST
    @Path("{year}/review/adoption")
    @RolesAllowed("admin")
    @Operation(summary = "采用专家评审结果：按类型推荐，确定推介名单")
    public ReviewStatus adopt(@PathParam("year") int year) {
        return ReviewStatus.of(reviews.adopt(year));
    }

    @GET
    @Path("{year}/projects")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "本年度全部项目（含评审结论）")
    public List<PublishedProject> projects(@PathParam("year") int year) {
        return fair.projects(year).stream().map(PublishedProject::of).toList();
    }

    @POST
    @Path("projects/{id}/signing")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "登记现场签约")
    public PublishedProject sign(@PathParam("id") long id, @Valid @NotNull Signing signing) {
        return PublishedProject.of(fair.sign(id, signing.partner, signing.amountWanYuan));
    }

    @GET
    @Path("{year}/recommended")
    @Operation(summary = "科创会推介项目名单（按类型）")
    public List<PublishedProject> recommended(@PathParam("year") int year, @QueryParam("type") FairProjectType type) {
        return fair.recommended(year, type == null ? FairProjectType.ACHIEVEMENT : type).stream()
                .map(PublishedProject::of).toList();
    }
}
