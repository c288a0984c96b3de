package cn.scast.tianfu.popscience.qa;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;

/** /api/v1/popscience/experts: topic experts of 科普问答, designated by the province office or city staff. */
@Path("v1/popscience/experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "city-staff"})
public class ExpertResource {

    @EJB
    private PopScienceExperts experts;

    @GET
    @Operation(summary = "科普问答专家（账号与主题）")
    public List<ExpertView> experts() {
        return experts.experts();
    }

    @POST
    @Operation(summary = "指定一个账号为某主题的科普问答专家")
    @APIResponse(responseCode = "201", description = "designated")
    @APIResponse(responseCode = "409", description = "already expert of the topic")
    public Response designate(ExpertForm form) {
        ExpertView created = experts.designate(form);
        return Response.created(URI.create("v1/popscience/experts/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "取消一个科普问答专家")
    @APIResponse(responseCode = "204", description = "removed")
    public Response remove(@PathParam("id") long id) {
        experts.remove(id);
        return Response.noContent().build();
    }
}
