package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.Created;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import java.time.LocalDate;

/** /api/v1/organisation-memberships: 团体会员 (an organisation's membership of a society). */
@Path("v1/organisation-memberships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation-memberships", description = "团体会员")
@RolesAllowed({"admin", "society-officer"})
public class OrganisationMembershipResource {

    @EJB
    private OrganisationMembershipService memberships;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Search by society, organisation and status; an officer only in the own society")
    @APIResponse(responseCode = "200", description = "one page")
    @APIResponse(responseCode = "403", description = "another society's officer")
    public Page<OrganisationMembershipView> search(@QueryParam("society") Long society,
                                                   @QueryParam("organisation") Long organisation,
                                                   @QueryParam("status") MembershipStatus status,
                                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                                   @QueryParam("limit") @DefaultValue("50") int limit) {
        return memberships.search(society, organisation, status, offset, limit);
    }

    @POST
    @Operation(summary = "Apply: a PENDING membership of the organisation in the society")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "409", description = "the organisation already is a member or has applied")
    public Response apply(OrganisationMembershipForm form) {
        OrganisationMembershipView created = memberships.apply(form == null ? new OrganisationMembershipForm() : form);
        return Created.at(uri, created.id(), created);
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve a pending membership, paid until the given date (yyyy-MM-dd)")
    @APIResponse(responseCode = "200", description = "approved")
    @APIResponse(responseCode = "409", description = "not pending")
    public OrganisationMembershipView approve(@PathParam("id") long id, @QueryParam("paidUntil") String paidUntil) {
        return memberships.approve(id, date(paidUntil));
    }

    @POST
    @Path("{id}/renewal")
    @Operation(summary = "Renew an approved membership to a new paid-until date")
    @APIResponse(responseCode = "200", description = "renewed")
    @APIResponse(responseCode = "409", description = "pending or cancelled")
    public OrganisationMembershipView renew(@PathParam("id") long id, @QueryParam("paidUntil") String paidUntil) {
        return memberships.renew(id, date(paidUntil));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel a membership (final)")
    @APIResponse(responseCode = "200", description = "cancelled")
    public OrganisationMembershipView cancel(@PathParam("id") long id) {
        return memberships.cancel(id);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw RefusedInput.invalid(java.util.List.of(new cn.scast.tianfu.platform.FieldError("paidUntil",
                    "日期格式应为 yyyy-MM-dd")));
        }
    }
}
