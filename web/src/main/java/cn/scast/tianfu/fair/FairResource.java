package cn.scast.tianfu.fair;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.util.List;

/** The published 科创会 list: recommended (and signed) projects of a year, by type. Public. */
@Path("v1/fair")
@Produces(MediaType.APPLICATION_JSON)
public class FairResource {

    /** What the public list shows of a project. */
    public record PublishedProject(long id, String title, String type, String cityCode, String holder, String status,
                                   BigDecimal signedAmountWanYuan) {
    }

    @EJB
    private FairService fair;

    @GET
    @Path("{year}/recommended")
    @Operation(summary = "科创会推介项目名单（按类型）")
    public List<PublishedProject> recommended(@PathParam("year") int year, @QueryParam("type") FairProjectType type) {
        return fair.recommended(year, type == null ? FairProjectType.ACHIEVEMENT : type).stream()
                .map(p -> new PublishedProject(p.getId(), p.getTitle(), p.getType().name(), p.getCityCode(),
                        p.getHolderName(), p.getStatus().name(), p.getSignedAmountWanYuan()))
                .toList();
    }
}
