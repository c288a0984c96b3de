package cn.scast.tianfu.concierge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** 感兴趣: the owner of a listing asks a 科服保姆 to introduce them to a proposed counterpart, and follows the order. */
@Path("v1/introductions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"worker", "enterprise"})
public class IntroductionResource {

    /** Own listing and the proposed counterpart (from its matches). A class with public fields for the OpenAPI scanner. */
    public static class Request {
        @NotNull public Long listingId;
        @NotNull public Long counterpartId;
    }

    @EJB
    private IntroductionService introductions;

    @POST
    @Operation(summary = "申请对接：为自己的供需与匹配到的对方开立（或加入）保姆单，一对供需一单")
    public IntroductionView request(@Valid @NotNull Request request) {
        return introductions.request(request.listingId, request.counterpartId);
    }

    @GET
    @Operation(summary = "我的对接：保姆单进展；对方名称在科服保姆引荐后可见")
    public List<IntroductionView> mine() {
        return introductions.mine();
    }
}
