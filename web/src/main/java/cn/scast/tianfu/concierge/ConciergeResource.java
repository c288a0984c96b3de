package cn.scast.tianfu.concierge;

import cn.scast.tianfu.platform.ChinaTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 保姆单 API for staff: open an order for a worker or enterprise; the caller carries it. */
@Path("v1/concierge/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConciergeResource {

    @Inject
    private Clock clock;

    /** What the API shows of an opened order. */
    public record OpenedOrder(long id, String orderNo, String clientName, String cityCode, String staff,
                              String status) {
        static OpenedOrder of(ConciergeOrder o) {
            return new OpenedOrder(o.getId(), o.getOrderNo(), o.getClientName(), o.getCityCode(),
                    o.getStaffUsername(), o.getStatus().name());
        }
    }

    /** One step of an order's timeline, as recorded. */
    public record LoggedStep(String type, String note, LocalDate on, String recordedBy, BigDecimal amountWanYuan) {
        static LoggedStep of(OrderStep s) {
            return new LoggedStep(s.getType().name(), s.getNote(), s.getOccurredOn(), s.getRecordedBy(),
                    s.getAmountWanYuan());
        }
    }

    /** A step to record; the date is today's China date, the recorder is the caller. */
    public static class NewStep {
        @NotNull public StepType type;
        @Size(max = 500) public String note;
        public BigDecimal amountWanYuan;
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

    /** The newest orders the caller may see (staff: their own city's). */
    @GET
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "最近的保姆单（市州工作人员只见本市州）")
    public List<OpenedOrder> recent() {
        return concierge.recent(0, 50).stream().map(OpenedOrder::of).toList();
    }

    /** The order's timeline, oldest step first. */
    @GET
    @Path("{id}/steps")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "保姆单进展")
    public List<LoggedStep> steps(@PathParam("id") long id) {
        return concierge.find(id).getSteps().stream().map(LoggedStep::of).toList();
    }

    @POST
    @Path("{id}/steps")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "记录保姆单进展（走访、分析、引荐、洽谈、签约）")
    public List<LoggedStep> logStep(@PathParam("id") long id, @Valid @NotNull NewStep step) {
        return concierge.logStep(id, step.type, step.note, ChinaTime.today(clock), step.amountWanYuan)
                .getSteps().stream().map(LoggedStep::of).toList();
    }
}
