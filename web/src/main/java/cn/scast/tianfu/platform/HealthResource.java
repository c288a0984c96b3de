package cn.scast.tianfu.platform;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * GET /api/health: 200 when the database and the batch runtime answer, 503 otherwise. Anyone learns only
 * {"status":"UP"} or "DOWN"; the component report (versions, schema, job count) is for an admin (HTTP Basic).
 */
@Path("health")
public class HealthResource {

    @EJB
    private HealthService health;

    @Context
    private SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response check() {
        HealthReport report = health.check();
        Response.ResponseBuilder response = Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE);
        if (security != null && security.isUserInRole("admin")) {
            return response.entity(report).build();
        }
        return response.entity(Json.createObjectBuilder().add("status", report.up() ? "UP" : "DOWN").build().toString())
                .build();
    }
}
