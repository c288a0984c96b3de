package cn.scast.tianfu.account;

import cn.scast.tianfu.membership.AccountStatus;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** /api/v1/account-applications: 审核 of self-registrations; city staff see and decide their own city's only. */
@Path("v1/account-applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "city-staff"})
@Tag(name = "registration", description = "注册审核")
public class ApplicationReviewResource {

    @EJB
    private ApplicationReviewService reviews;

    @GET
    @Operation(summary = "Applications in the caller's scope", description = "?status=PENDING|ACTIVE|REJECTED (default all)")
    public List<ApplicationView> list(@QueryParam("status") String status) {
        return reviews.applications(status(status));
    }

    @GET
    @Path("{id:\\d+}")
    @APIResponse(responseCode = "403", description = "another city's application")
    public ApplicationView one(@PathParam("id") long id) {
        return reviews.application(id);
    }

    @POST
    @Path("{id:\\d+}/approval")
    @Operation(summary = "Approve: activates the account, creates or links its Worker or Organisation record")
    @APIResponse(responseCode = "409", description = "already reviewed, or the record is linked to another account")
    public ApplicationView approve(@PathParam("id") long id) {
        return reviews.approve(id);
    }

    @POST
    @Path("{id:\\d+}/rejection")
    @Operation(summary = "Reject with a reason (body {reason}), shown to the applicant")
    @APIResponse(responseCode = "400", description = "field reason missing or too long")
    public ApplicationView reject(@PathParam("id") long id, Map<String, String> body) {
        return reviews.reject(id, body == null ? null : body.get("reason"));
    }

    private static AccountStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AccountStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RefusedInput.invalid(List.of(new FieldError("status", "状态应为 PENDING、ACTIVE 或 REJECTED")));
        }
    }
}
