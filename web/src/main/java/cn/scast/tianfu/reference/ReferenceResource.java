package cn.scast.tianfu.reference;

import cn.scast.tianfu.dashboard.CityFigures;
import cn.scast.tianfu.dashboard.DashboardService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Public reference data for API clients: the cities in their official order. */
@Path("v1/reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    public record CityView(String code, String name, long counties) {
    }

    @EJB
    private DashboardService dashboard;

    @GET
    @Path("cities")
    @Operation(summary = "四川省 21 个市州")
    public List<CityView> cities() {
        return dashboard.byCity().stream().map(c -> new CityView(c.code(), c.name(), c.counties())).toList();
    }
}
