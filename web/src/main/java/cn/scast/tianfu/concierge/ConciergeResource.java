package cn.scast.tianfu.concierge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;

/** 保姆单 API for staff: open an order for a worker or enterprise; the caller carries it. */
@Path("v1/concierge/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConciergeResource {

    /** What the API shows of an opened order. */
    public record OpenedOrder(long id, String orderNo, String clientName, String cityCode, String staff,
                              String status) {
        static OpenedOrder of(ConciergeOrder o) {
            return new OpenedOrder(o.getId(), o.getOrderNo(), o.getClientName(), o.getCityCode(),
                    o.getStaffUsername(), o.getStatus().name());
        }
    }

    // A class with public fields, not a record: Payara's OpenAPI scanner fails on constraints of record components.

    /** A new order (一单一策). */
    public static class Opening {
        @NotNull public ClientType clientType;
        @NotBlank @Size(max = 64) public String clientName;
        @NotNull @Pattern(regexp = "51\\d{2}00") public String cityCode;
        @NotBlank @Size(max = 100) public String title;
        @Size(max = 1000) public String policy;
    }

    @EJB
    private ConciergeService concierge;

    @Context
    private SecurityContext security;

    @POST
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "建保姆单（一单一策），由调用者承办")
    public Response open(@Valid @NotNull Opening o) {
        ConciergeOrder order = concierge.open(o.clientType, o.clientName.strip(), o.cityCode,
                security.getUserPrincipal().getName(), o.title.strip(), o.policy);
        return Response.created(URI.create("v1/concierge/orders/" + order.getId())).entity(OpenedOrder.of(order))
                .build();
    }

    /** The order the Location of {@link #open} names. */
    @GET
    @Path("{id}")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "查看保姆单")
    public OpenedOrder find(@PathParam("id") long id) {
        return OpenedOrder.of(concierge.find(id));
    }
}
