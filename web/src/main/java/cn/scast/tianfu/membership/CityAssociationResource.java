package cn.scast.tianfu.membership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** /api/v1/city-associations: the 21 市州科协 with their counties; only contact fields are written. */
@Path("v1/city-associations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "city-associations", description = "市州科协")
@RolesAllowed({"admin", "city-staff", "society-officer"})
public class CityAssociationResource {

    @EJB
    private CityAssociationService associations;

    @GET
    @Operation(summary = "All city associations in official order")
    @APIResponse(responseCode = "200", description = "the list")
    public List<CityAssociationView> list() {
        return associations.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One city association")
    @APIResponse(responseCode = "200", description = "the association")
    @APIResponse(responseCode = "404", description = "unknown")
    public CityAssociationView find(@PathParam("id") long id) {
        return associations.find(id);
    }

    @GET
    @Path("{id}/counties")
    @Operation(summary = "The counties of the association's city")
    @APIResponse(responseCode = "200", description = "the counties")
    public List<CountyView> counties(@PathParam("id") long id) {
        return associations.counties(id);
    }

    @PUT
    @Path("{id}/contact")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "Edit the contact fields; city staff only for their own association")
    @APIResponse(responseCode = "200", description = "updated")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "403", description = "another city's association")
    public CityAssociationView updateContact(@PathParam("id") long id, CityAssociationForm form) {
        return associations.updateContact(id, form == null ? new CityAssociationForm() : form);
    }
}
