package cn.scast.tianfu.competition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * /api/v1/contest-applications: 青少年科技创新大赛 self-service. School and tutor accounts apply and upload the
 * 查新报告; the city office approves within its quota or rejects with a reason; applicants follow the status.
 */
@Path("v1/contest-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompetitionApplicationResource {

    /** An application: the edition and the project as for a registration. */
    public static class NewApplication extends RegistrationForm {
        private static final long serialVersionUID = 1L;
        public Long editionId;
    }

    /** Why an application is rejected. */
    public static class Rejection {
        public String reason;
    }

    @EJB
    private CompetitionApplications applications;

    @POST
    @RolesAllowed({"worker", "enterprise"})
    @Operation(summary = "学校或辅导教师自行报名（青少年科技创新大赛）", description = "与工作人员报名相同的规则；"
            + "由所在市州科协在名额内审核。")
    @APIResponse(responseCode = "201", description = "submitted, pending review")
    @APIResponse(responseCode = "422", description = "a contest rule refused it")
    public Response submit(NewApplication application) {
        long edition = application == null || application.editionId == null ? 0 : application.editionId;
        CompetitionApplicationView created = applications.submit(edition, application, null, null);
        return Response.created(URI.create("v1/contest-applications/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}/novelty-report")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({"worker", "enterprise"})
    @Operation(summary = "为本账号的待审核报名上传查新报告（PDF，不超过 10 MB）")
    @APIResponse(responseCode = "200", description = "stored")
    @APIResponse(responseCode = "403", description = "another account's application")
    @APIResponse(responseCode = "409", description = "already decided")
    public CompetitionApplicationView upload(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                                         InputStream body) throws IOException {
        return applications.attachReport(id, fileName, body.readNBytes(NoveltyReports.MAX_BYTES + 1));
    }

    @GET
    @Path("mine")
    @RolesAllowed({"worker", "enterprise"})
    @Operation(summary = "本账号的报名及审核状态")
    public List<CompetitionApplicationView> mine() {
        return applications.mine();
    }

    @GET
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "待审核的自行报名（市州工作人员只见本市州）")
    public List<CompetitionApplicationView> pending(@QueryParam("edition") long edition) {
        return applications.pending(edition);
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "审核通过：在本市州名额内报名")
    @APIResponse(responseCode = "200", description = "approved and registered")
    @APIResponse(responseCode = "403", description = "another city's application")
    @APIResponse(responseCode = "409", description = "already decided")
    @APIResponse(responseCode = "422", description = "the city's quota is used up, or another contest rule")
    public CompetitionApplicationView approve(@PathParam("id") long id) {
        return applications.approve(id);
    }

    @POST
    @Path("{id}/rejection")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "审核不通过（须说明原因）")
    public CompetitionApplicationView reject(@PathParam("id") long id, Rejection rejection) {
        return applications.reject(id, rejection == null ? null : rejection.reason);
    }
}
