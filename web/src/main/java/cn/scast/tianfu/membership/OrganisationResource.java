package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.Created;
import cn.scast.tianfu.platform.Page;
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

/** /api/v1/organisations: 会员单位. */
@Path("v1/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisations", description = "会员单位（企事业单位、高校科协、企业科协）")
@RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
public class OrganisationResource {

    @EJB
    private OrganisationService organisations;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Search organisations by name prefix, city and type")
    @APIResponse(responseCode = "200", description = "one page")
    public Page<OrganisationView> search(@QueryParam("name") String name, @QueryParam("city") String city,
                                         @QueryParam("type") OrganisationType type,
                                         @QueryParam("offset") @DefaultValue("0") int offset,
                                         @QueryParam("limit") @DefaultValue("50") int limit) {
        return organisations.search(name, city, type, offset, limit);
    }

    @GET
    @Path("export")
    @Produces({XlsxExport.MEDIA_TYPE, "application/problem+json"})
    @Operation(summary = "The whole filtered list as an Excel file (.xlsx)", description = "At most 100,000 rows, otherwise 422")
    @APIResponse(responseCode = "200", description = "the workbook")
    @APIResponse(responseCode = "422", description = "more rows than the export limit")
    public Response export(@QueryParam("name") String name, @QueryParam("city") String city,
                           @QueryParam("type") OrganisationType type) throws java.io.IOException {
        return XlsxExport.response(() -> OrganisationWorkbook.write(organisations, name, city, type), "organisations.xlsx");
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation")
    @APIResponse(responseCode = "200", description = "the organisation")
    @APIResponse(responseCode = "404", description = "unknown")
    public OrganisationView find(@PathParam("id") long id) {
        return organisations.find(id);
    }

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Create an organisation")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "409", description = "credit code already used")
    public Response create(OrganisationForm form) {
        OrganisationView created = organisations.create(form == null ? new OrganisationForm() : form);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Update an organisation")
    @APIResponse(responseCode = "200", description = "updated")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    public OrganisationView update(@PathParam("id") long id, OrganisationForm form) {
        return organisations.update(id, form == null ? new OrganisationForm() : form);
    }
}
