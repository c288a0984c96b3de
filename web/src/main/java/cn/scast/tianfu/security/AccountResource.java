package cn.scast.tianfu.security;

import cn.scast.tianfu.membership.AccountService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/v1/account: the signed-in caller's own account. */
@Path("v1/account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "account", description = "本人账号")
public class AccountResource {

    @EJB
    private AccountService accounts;

    @Context
    private HttpServletRequest request;

    @PUT
    @Path("password")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "Change the caller's password",
            description = "Body {currentPassword, newPassword}; new password: at least 10 characters, letters and digits, "
                    + "not the username, not the current password. A wrong current password counts as a failed sign-in.")
    @APIResponse(responseCode = "204", description = "changed")
    @APIResponse(responseCode = "400", description = "field errors currentPassword / newPassword (application/problem+json)")
    @APIResponse(responseCode = "401", description = "not signed in")
    @APIResponse(responseCode = "429", description = "too many failed attempts from this address")
    public Response changePassword(PasswordChangeForm form) {
        PasswordChangeForm body = form == null ? new PasswordChangeForm() : form;
        accounts.changePassword(chars(body.getCurrentPassword()), chars(body.getNewPassword()), SourceAddress.of(request));
        return Response.noContent().build();
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }
}
