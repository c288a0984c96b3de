package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.Created;
import cn.scast.tianfu.platform.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/v1/staff: 科服保姆 of the city associations. */
@Path("v1/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "staff", description = "科服保姆")
@RolesAllowed({"admin", "city-staff"})
public class StaffResource {

    @EJB
    private StaffService staff;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Search staff by name prefix and city")
    @APIResponse(responseCode = "200", description = "one page")
    public Page<StaffView> search(@QueryParam("name") String name, @QueryParam("city") String city,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("50") int limit) {
        return staff.search(name, city, offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One staff member")
    @APIResponse(responseCode = "200", description = "the staff member")
    @APIResponse(responseCode = "404", description = "unknown")
    public StaffView find(@PathParam("id") long id) {
        return staff.find(id);
    }

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Register a staff member", description = "Creates the login (role city-staff) when it does not exist")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "409", description = "already registered")
    public Response create(StaffForm form) {
        StaffView created = staff.create(form == null ? new StaffForm() : form);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Change name or city association (the login stays)")
    @APIResponse(responseCode = "200", description = "updated")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    public StaffView update(@PathParam("id") long id, StaffForm form) {
        return staff.update(id, form == null ? new StaffForm() : form);
    }
}
