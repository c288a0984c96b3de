package cn.scast.tianfu.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** /api/v1/password-reset: forgotten password by a one-time mailed link that expires after 30 minutes. */
@Path("v1/password-reset")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "account", description = "本人账号")
public class PasswordResetResource {

    @EJB
    private OneTimeLinks links;

    @POST
    @PermitAll
    @Operation(summary = "Mail a reset link", description = "Body {username} (the mobile number of a self-registered "
            + "account). Always 202, whether or not a mail was sent: only active accounts with a verified address get one.")
    @APIResponse(responseCode = "202", description = "accepted")
    public Response request(Map<String, String> body) {
        links.requestPasswordReset(body == null ? null : body.get("username"));
        return Response.accepted(Map.of("message", "如该账号已验证电子邮箱，重置链接已发送，30 分钟内有效")).build();
    }

    @POST
    @Path("completion")
    @PermitAll
    @Operation(summary = "Set a new password with the token of the mailed link", description = "Body {token, newPassword}")
    @APIResponse(responseCode = "204", description = "changed; the link cannot be used again")
    @APIResponse(responseCode = "400", description = "field token (unknown, expired, used) or newPassword (policy)")
    public Response complete(Map<String, String> body) {
        Map<String, String> values = body == null ? Map.of() : body;
        links.resetPassword(values.get("token"), values.get("newPassword"));
        return Response.noContent().build();
    }
}
