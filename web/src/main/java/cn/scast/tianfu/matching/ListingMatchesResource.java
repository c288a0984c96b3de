package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.DeclineReason;
import cn.scast.tianfu.listing.ListingParameters;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A listing's matches and their declines: /api/v1/listings/{id}/matches. HTTP Basic; roles per operation. */
@Path("v1/listings/{id: \\d+}/matches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "listings", description = "所能/所需发布信息与精准匹配")
@RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise"})
public class ListingMatchesResource {

    static final int MAX_MATCHES = 50;
    static final int DEFAULT_MATCHES = 10;

    @EJB
    private MatchingService matching;

    @GET
    @Operation(summary = "精准匹配：为所需推荐所能，为所能推荐所需",
            description = "按相关度排序，附匹配理由（共同关键词、同一学科、同一行业、同一市州）；已谢绝的配对不再推荐")
    @APIResponse(responseCode = "200", description = "匹配结果")
    @APIResponse(responseCode = "400", description = "limit 须在 1 到 50 之间")
    @APIResponse(responseCode = "404", description = "发布信息不存在")
    public Response matches(@PathParam("id") long id,
                            @Parameter(description = "最多返回的条数，1–50，默认 10") @QueryParam("limit") String limit) {
        int n = ListingParameters.intParam("limit", limit, DEFAULT_MATCHES, 1, MAX_MATCHES);
        MatchesJson json = new MatchesJson();
        json.listingId = id;
        json.limit = n;
        json.matches = matching.matchesFor(id, n).stream().map(MatchJson::of).toList();
        return Response.ok(json).build();
    }

    @POST
    @Path("{otherId: \\d+}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "city-staff", "worker", "enterprise"})
    @Operation(summary = "谢绝一个匹配", description = "reason 取 NOT_RELEVANT、WRONG_FIELD（领域不符：此后同学科的候选降权）、TOO_FAR（距离太远：此后同市州的候选降权）、ALREADY_SOLVED、ALREADY_COOPERATING、BUDGET_MISMATCH、OTHER；此后双方都不再推荐该配对")
    @APIResponse(responseCode = "204", description = "已记录")
    @APIResponse(responseCode = "400", description = "原因无效，或两条信息不是一方所能、一方所需")
    @APIResponse(responseCode = "404", description = "发布信息不存在")
    public Response decline(@PathParam("id") long id, @PathParam("otherId") long otherId, DeclineInput input) {
        DeclineReason reason = ListingParameters.enumOrNull(DeclineReason.class, "reason", input == null ? null : input.reason);
        matching.decline(id, otherId, reason, input == null ? null : input.note);
        return Response.noContent().build();
    }
}
