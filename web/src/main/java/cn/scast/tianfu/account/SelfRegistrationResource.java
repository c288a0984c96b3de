package cn.scast.tianfu.account;

import cn.scast.tianfu.security.SourceAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * /api/v1/registrations: public self-registration (no sign-in), the applicant's status query and the e-mail
 * verification link. Bad input is 400 with Chinese field errors, a duplicate mobile / ID number / credit code 409;
 * nothing is stored then.
 */
@Path("v1/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registration", description = "注册")
public class SelfRegistrationResource {

    @EJB
    private SelfRegistrationService registrations;

    @EJB
    private OneTimeLinks links;

    @Context
    private HttpServletRequest request;

    @POST
    @Path("workers")
    @PermitAll
    @Operation(summary = "Register a 科技工作者 (pending until the city's staff approve)",
            description = "Body {name, mobile, idNumber, disciplineCode, cityCode, countyCode, unitName, email, password}; "
                    + "the mobile number is the username. A verification link is mailed to the address.")
    @APIResponse(responseCode = "201", description = "submitted, status PENDING")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "409", description = "mobile or ID number already registered")
    public Response registerWorker(WorkerRegistrationForm form) {
        RegistrationReceipt receipt = registrations.registerWorker(form == null ? new WorkerRegistrationForm() : form);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @POST
    @Path("enterprises")
    @PermitAll
    @Operation(summary = "Register a 企事业单位 (pending until the city's staff approve)",
            description = "Body {creditCode, name, contactPerson, mobile, email, cityCode, password}; the unified social "
                    + "credit code is checked with its GB 32100-2015 check character.")
    @APIResponse(responseCode = "201", description = "submitted, status PENDING")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "409", description = "mobile or credit code already registered")
    public Response registerEnterprise(EnterpriseRegistrationForm form) {
        RegistrationReceipt receipt = registrations.registerEnterprise(
                form == null ? new EnterpriseRegistrationForm() : form);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @POST
    @Path("public")
    @PermitAll
    @Operation(summary = "Register a member of the public (公众; active once the mailed link verifies the address)",
            description = "Body {name, mobile, email, password}; the mobile "
                    + "number is the username. No staff review: the account may ask 科普 questions, vote and sign up.")
    @APIResponse(responseCode = "201", description = "submitted, status PENDING until the address is verified")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "409", description = "mobile already registered")
    public Response registerPublic(PublicRegistrationForm form) {
        RegistrationReceipt receipt = registrations.registerPublic(form == null ? new PublicRegistrationForm() : form);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @POST
    @Path("status")
    @PermitAll
    @Operation(summary = "The applicant's own registration state and the reviewer's reason",
            description = "Body {mobile, password}; wrong passwords count like failed sign-ins.")
    @APIResponse(responseCode = "200", description = "{status: PENDING|ACTIVE|REJECTED, statusLabel, reason, message}")
    @APIResponse(responseCode = "400", description = "wrong mobile number or password")
    @APIResponse(responseCode = "429", description = "too many failed attempts from this address")
    public ApplicationStatusView status(Map<String, String> body) {
        Map<String, String> values = body == null ? Map.of() : body;
        return registrations.status(values.get("mobile"), values.get("password"), SourceAddress.of(request));
    }

    @POST
    @Path("email-verification")
    @PermitAll
    @Operation(summary = "Verify the e-mail address with the token of the mailed link", description = "Body {token}")
    @APIResponse(responseCode = "200", description = "{email}")
    @APIResponse(responseCode = "400", description = "field token: unknown, expired or used link")
    public Map<String, String> verifyEmail(Map<String, String> body) {
        return Map.of("email", links.verifyEmail(body == null ? null : body.get("token")));
    }
}
