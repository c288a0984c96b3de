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

/** /api/v1/journals: 科技期刊. */
@Path("v1/journals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "journals", description = "科技期刊")
@RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
public class JournalResource {

    @EJB
    private JournalService journals;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Search journals by name prefix and sponsoring society")
    @APIResponse(responseCode = "200", description = "one page")
    public Page<JournalView> search(@QueryParam("name") String name, @QueryParam("society") Long society,
                                    @QueryParam("offset") @DefaultValue("0") int offset,
                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        return journals.search(name, society, offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One journal")
    @APIResponse(responseCode = "200", description = "the journal")
    @APIResponse(responseCode = "404", description = "unknown")
    public JournalView find(@PathParam("id") long id) {
        return journals.find(id);
    }

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Create a journal", description = "ISSN check character verified; code and ISSN unique")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "409", description = "code or ISSN already used")
    public Response create(JournalForm form) {
        JournalView created = journals.create(form == null ? new JournalForm() : form);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Update a journal (the code stays)")
    @APIResponse(responseCode = "200", description = "updated")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "409", description = "ISSN already used")
    public JournalView update(@PathParam("id") long id, JournalForm form) {
        return journals.update(id, form == null ? new JournalForm() : form);
    }
}
