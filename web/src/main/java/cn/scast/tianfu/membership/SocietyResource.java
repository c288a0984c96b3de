package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.ChinaTime;
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

import java.time.LocalDate;
import java.util.Map;

/** /api/v1/societies: 学会, their memberships, approval, and the status recalculation. */
@Path("v1/societies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "societies", description = "学会与会籍")
@RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
public class SocietyResource {

    @EJB
    private SocietyService societies;

    @EJB
    private SocietyMembershipService memberships;

    @EJB
    private MembershipStatusJob statusJob;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Search societies by name prefix and discipline")
    @APIResponse(responseCode = "200", description = "one page")
    public Page<SocietyView> search(@QueryParam("name") String name, @QueryParam("discipline") String discipline,
                                    @QueryParam("offset") @DefaultValue("0") int offset,
                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        return societies.search(name, discipline, offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One society")
    @APIResponse(responseCode = "200", description = "the society")
    @APIResponse(responseCode = "404", description = "unknown")
    public SocietyView find(@PathParam("id") long id) {
        return societies.find(id);
    }

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Create a society")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    public Response create(SocietyForm form) {
        SocietyView created = societies.create(form == null ? new SocietyForm() : form);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Update a society (the code stays)")
    @APIResponse(responseCode = "200", description = "updated")
    public SocietyView update(@PathParam("id") long id, SocietyForm form) {
        return societies.update(id, form == null ? new SocietyForm() : form);
    }

    @GET
    @Path("{id}/memberships")
    @RolesAllowed({"admin", "society-officer"})
    @Operation(summary = "Memberships of a society; an officer only of the own society (403 otherwise)")
    @APIResponse(responseCode = "200", description = "one page")
    @APIResponse(responseCode = "403", description = "another society's officer")
    public Page<MembershipView> memberships(@PathParam("id") long id, @QueryParam("status") MembershipStatus status,
                                            @QueryParam("offset") @DefaultValue("0") int offset,
                                            @QueryParam("limit") @DefaultValue("50") int limit) {
        return memberships.ofSociety(id, status, offset, limit);
    }

    @POST
    @Path("{id}/memberships")
    @RolesAllowed({"admin", "city-staff", "society-officer"})
    @Operation(summary = "Apply for a worker: a PENDING membership")
    @APIResponse(responseCode = "200", description = "the membership")
    public MembershipView apply(@PathParam("id") long id, @QueryParam("worker") long workerId) {
        return memberships.apply(workerId, id);
    }

    @POST
    @Path("memberships/{membershipId}/approval")
    @RolesAllowed({"admin", "society-officer"})
    @Operation(summary = "Approve a pending membership, paid until the given date (yyyy-MM-dd)")
    @APIResponse(responseCode = "200", description = "approved")
    @APIResponse(responseCode = "409", description = "not pending")
    public MembershipView approve(@PathParam("membershipId") long membershipId, @QueryParam("paidUntil") String paidUntil) {
        return memberships.approve(membershipId, paidUntil == null || paidUntil.isBlank() ? null : LocalDate.parse(paidUntil));
    }

    @POST
    @Path("memberships/status-recalculation")
    @RolesAllowed("admin")
    @Operation(summary = "Recalculate membership statuses now (as of today, or the given date)")
    @APIResponse(responseCode = "200", description = "rows moved per transition")
    public Map<String, Integer> recalculate(@QueryParam("today") String today) {
        return statusJob.recalculate(today == null || today.isBlank()
                ? LocalDate.now(ChinaTime.ZONE) : LocalDate.parse(today));
    }
}
