package cn.scast.tianfu.security;

import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.LoginBlockView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** /api/v1/accounts/{username}/login-blocks: failed sign-ins of an account per source address, and lifting them. */
@Path("v1/accounts/{username}/login-blocks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "account", description = "本人账号")
@RolesAllowed("admin")
public class AccountAdminResource {

    @EJB
    private AccountService accounts;

    @GET
    @Operation(summary = "Failed sign-ins and blocks of an account, per source address")
    @APIResponse(responseCode = "200", description = "one entry per source address")
    public List<LoginBlockView> blocks(@PathParam("username") String username) {
        return accounts.loginBlocks(username);
    }

    @DELETE
    @Operation(summary = "Lift every block of an account (audited)", description = "Answers what was lifted")
    @APIResponse(responseCode = "200", description = "the entries that were lifted")
    @APIResponse(responseCode = "404", description = "no such account")
    public List<LoginBlockView> lift(@PathParam("username") String username) {
        return accounts.liftLoginBlocks(username);
    }
}
