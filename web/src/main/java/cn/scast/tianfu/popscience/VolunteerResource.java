package cn.scast.tianfu.popscience;

import jakarta.annotation.security.PermitAll;
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

import java.net.URI;
import java.util.List;

/** /api/v1/popscience/volunteers: the 科普员 registry, one per town or community. */
@Path("v1/popscience/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteerResource {

    @EJB
    private PopScienceVolunteers volunteers;

    @GET
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "科普员名册（市州工作人员只见本市州）")
    public List<VolunteerView> editable() {
        return volunteers.editable();
    }

    @GET
    @Path("public")
    @PermitAll
    @Operation(summary = "公开的科普员名录（按区县、乡镇排列，不含手机号）")
    public List<VolunteerView> published(@QueryParam("city") String city) {
        return volunteers.published(city);
    }

    @POST
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "登记一个乡镇（街道、社区）的科普员")
    @APIResponse(responseCode = "201", description = "registered")
    @APIResponse(responseCode = "403", description = "another city")
    @APIResponse(responseCode = "409", description = "the town has a 科普员 already")
    @APIResponse(responseCode = "422", description = "a rule refused it")
    public Response register(VolunteerForm form) {
        VolunteerView created = volunteers.register(form);
        return Response.created(URI.create("v1/popscience/volunteers/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "修改科普员（姓名、手机号、所在单位）")
    @APIResponse(responseCode = "403", description = "another city")
    public VolunteerView update(@PathParam("id") long id, VolunteerForm form) {
        return volunteers.update(id, form);
    }
}
