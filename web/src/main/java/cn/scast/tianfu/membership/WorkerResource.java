package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.Created;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PageRequest;
import cn.scast.tianfu.platform.XlsxExport;
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

/** /api/v1/workers: 科技工作者. Private fields (phone, e-mail, masked ID) only for the worker, admins and city staff. */
@Path("v1/workers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "workers", description = "科技工作者")
@RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
public class WorkerResource {

    @EJB
    private WorkerService workers;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Search workers", description = "Name prefix, city and society filters; ordered by name, then id. "
            + "Society officers only see their own society's members. For deep pages pass after=<next of the previous "
            + "page> (keyset, fast at any depth) instead of a large offset, fromEnd=true to count the offset from the "
            + "last row, and total=false when the total is already known.")
    @APIResponse(responseCode = "200", description = "one page; next = the id to pass as after for the following page")
    @APIResponse(responseCode = "401", description = "not signed in")
    public Page<WorkerView> search(@QueryParam("name") String name, @QueryParam("city") String city,
                                   @QueryParam("society") Long society,
                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("50") int limit,
                                   @QueryParam("after") Long after,
                                   @QueryParam("fromEnd") @DefaultValue("false") boolean fromEnd,
                                   @QueryParam("total") @DefaultValue("true") boolean total) {
        return workers.page(name, city, society, new PageRequest(offset, limit, after, fromEnd, total));
    }

    @GET
    @Path("export")
    @Produces({XlsxExport.MEDIA_TYPE, "application/problem+json"})
    @Operation(summary = "The whole filtered list as an Excel file (.xlsx)",
            description = "Same filters and privacy as the search; at most 100,000 rows, otherwise 422")
    @APIResponse(responseCode = "200", description = "the workbook")
    @APIResponse(responseCode = "422", description = "more rows than the export limit")
    public Response export(@QueryParam("name") String name, @QueryParam("city") String city,
                           @QueryParam("society") Long society) throws java.io.IOException {
        return XlsxExport.response(() -> WorkerWorkbook.write(workers, name, city, society), "workers.xlsx");
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One worker; the public view without private fields unless the caller may see them")
    @APIResponse(responseCode = "200", description = "the worker")
    @APIResponse(responseCode = "404", description = "unknown, or not visible to the caller")
    public WorkerView find(@PathParam("id") long id) {
        return workers.find(id);
    }

    @POST
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "Create a worker", description = "The ID number is stored only as HMAC hash and masked form")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "409", description = "ID number already registered")
    public Response create(WorkerForm form) {
        WorkerView created = workers.create(form == null ? new WorkerForm() : form);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "Update a worker; a blank ID number keeps the stored one")
    @APIResponse(responseCode = "200", description = "updated")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    public WorkerView update(@PathParam("id") long id, WorkerForm form) {
        return workers.update(id, form == null ? new WorkerForm() : form);
    }
}
