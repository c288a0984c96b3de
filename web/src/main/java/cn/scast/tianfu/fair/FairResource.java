package cn.scast.tianfu.fair;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
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
import java.util.List;

/** 科创会 API: cities submit projects, the office reviews them, signings are recorded; the list is public. */
@Path("v1/fair")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FairResource {

    /** What the public list shows of a project. */
    public record PublishedProject(long id, int year, String title, String type, String cityCode, String holder,
                                   String status, BigDecimal signedAmountWanYuan) {
        static PublishedProject of(FairProject p) {
            return new PublishedProject(p.getId(), p.getFairYear(), p.getTitle(), p.getType().name(), p.getCityCode(),
                    p.getHolderName(), p.getStatus().name(), p.getSignedAmountWanYuan());
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

    /** The review decision. */
    public static class Review {
        public boolean recommended;
        @Size(max = 500) public String note;
    }

    /** A signing at the fair. */
    public static class Signing {
        @NotBlank @Size(max = 64) public String partner;
        @NotNull @DecimalMin(value = "0", inclusive = false) public BigDecimal amountWanYuan;
    }

    @EJB
    private FairService fair;

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
    @Path("projects/{id}/review")
    @RolesAllowed("admin")
    @Operation(summary = "评审：推荐或不推荐")
    public PublishedProject review(@PathParam("id") long id, @Valid @NotNull Review review) {
        return PublishedProject.of(fair.review(id, review.recommended, review.note));
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
