package cn.scast.tianfu.listing;

import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Problems;

import cn.scast.tianfu.matching.MatchingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Supply and demand listings and their matches: /api/v1/listings. HTTP Basic; roles per operation. */
@Path("v1/listings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "listings", description = "所能/所需发布信息与精准匹配")
@RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise"})
public class ListingResource {

    static final int MAX_MATCHES = 50;
    static final int DEFAULT_MATCHES = 10;

    @EJB
    private ListingService listings;

    @EJB
    private MatchingService matching;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "city-staff", "worker", "enterprise"})
    @Operation(summary = "发布一条所能或所需信息", description = "默认立即发布（publish=false 存为草稿）；学科、行业、市州代码须存在于参考数据中")
    @APIResponse(responseCode = "201", description = "已创建；Location 指向新资源")
    @APIResponse(responseCode = "400", description = "输入不符合要求（problem+json，errors 列出各字段原因）")
    @APIResponse(responseCode = "401", description = "未登录")
    public Response create(ListingInput input) {
        if (input == null) {
            return Problems.of(400, "输入不符合要求", "缺少请求体", List.of(new FieldError("title", "标题不能为空")));
        }
        Listing created = listings.create(input.toNewListing());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(ListingJson.of(created))
                .build();
    }

    @GET
    @Operation(summary = "分页列出发布信息", description = "按供需方向、类型、状态、市州与标题筛选，新发布的在前")
    @APIResponse(responseCode = "200", description = "一页发布信息及总数")
    @APIResponse(responseCode = "400", description = "筛选参数无效")
    public Response list(@QueryParam("side") String side, @QueryParam("kind") String kind,
                         @QueryParam("status") String status, @QueryParam("city") String city,
                         @QueryParam("title") String title,
                         @QueryParam("first") String first, @QueryParam("max") String max) {
        ListingFilter filter = new ListingFilter(enumOrNull(MarketSide.class, "side", side),
                enumOrNull(ListingType.class, "kind", kind), enumOrNull(ListingState.class, "status", status), city, title);
        int from = intParam("first", first, 0, 0, Integer.MAX_VALUE);
        int size = intParam("max", max, 20, 1, ListingService.MAX_PAGE_SIZE);
        ListingPage page = listings.list(filter, from, size);
        ListingListJson json = new ListingListJson();
        json.total = page.total();
        json.first = from;
        json.max = size;
        json.items = page.items().stream().map(ListingJson::of).toList();
        return Response.ok(json).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "读取一条发布信息")
    @APIResponse(responseCode = "200", description = "发布信息；文本按原样返回")
    @APIResponse(responseCode = "404", description = "不存在")
    public ListingJson get(@PathParam("id") long id) {
        return ListingJson.of(listings.get(id));
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "city-staff", "worker", "enterprise"})
    @Operation(summary = "修改一条发布信息", description = "标题、描述、关键词、分类代码、市州、金额与发布方；类型不能修改；已关闭的不能修改；科技工作者与企事业单位账号只能修改自己发布的（否则 403）")
    @APIResponse(responseCode = "200", description = "已修改")
    @APIResponse(responseCode = "400", description = "输入不符合要求（problem+json，errors 列出各字段原因）")
    @APIResponse(responseCode = "403", description = "不是自己发布的，或不是本市州的")
    @APIResponse(responseCode = "404", description = "不存在")
    @APIResponse(responseCode = "409", description = "已关闭")
    public Response update(@PathParam("id") long id, ListingInput input) {
        if (input == null) {
            return Problems.of(400, "输入不符合要求", "缺少请求体", List.of(new FieldError("title", "标题不能为空")));
        }
        return Response.ok(ListingJson.of(listings.update(id, input.toNewListing()))).build();
    }

    @POST
    @Path("{id: \\d+}/publish")
    @RolesAllowed({"admin", "city-staff", "worker", "enterprise"})
    @Operation(summary = "发布（草稿或已对接的信息重新上架）")
    @APIResponse(responseCode = "200", description = "已发布")
    @APIResponse(responseCode = "404", description = "不存在")
    @APIResponse(responseCode = "409", description = "当前状态不能发布")
    public ListingJson publish(@PathParam("id") long id) {
        return ListingJson.of(listings.publish(id));
    }

    @POST
    @Path("{id: \\d+}/close")
    @RolesAllowed({"admin", "city-staff", "worker", "enterprise"})
    @Operation(summary = "关闭一条发布信息（不再参与匹配）")
    @APIResponse(responseCode = "200", description = "已关闭")
    @APIResponse(responseCode = "404", description = "不存在")
    @APIResponse(responseCode = "409", description = "已关闭")
    public ListingJson close(@PathParam("id") long id) {
        return ListingJson.of(listings.close(id));
    }

    @GET
    @Path("{id: \\d+}/matches")
    @Operation(summary = "精准匹配：为所需推荐所能，为所能推荐所需",
            description = "按相关度排序，附匹配理由（共同关键词、同一学科、同一行业、同一市州）；已谢绝的配对不再推荐")
    @APIResponse(responseCode = "200", description = "匹配结果")
    @APIResponse(responseCode = "400", description = "limit 须在 1 到 50 之间")
    @APIResponse(responseCode = "404", description = "发布信息不存在")
    public Response matches(@PathParam("id") long id,
                            @Parameter(description = "最多返回的条数，1–50，默认 10") @QueryParam("limit") String limit) {
        int n = intParam("limit", limit, DEFAULT_MATCHES, 1, MAX_MATCHES);
        MatchesJson json = new MatchesJson();
        json.listingId = id;
        json.limit = n;
        json.matches = matching.matchesFor(id, n).stream().map(MatchJson::of).toList();
        return Response.ok(json).build();
    }

    @POST
    @Path("{id: \\d+}/matches/{otherId: \\d+}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "city-staff", "worker", "enterprise"})
    @Operation(summary = "谢绝一个匹配", description = "reason 取 NOT_RELEVANT、WRONG_FIELD（领域不符：此后同学科的候选降权）、TOO_FAR（距离太远：此后同市州的候选降权）、ALREADY_SOLVED、ALREADY_COOPERATING、BUDGET_MISMATCH、OTHER；此后双方都不再推荐该配对")
    @APIResponse(responseCode = "204", description = "已记录")
    @APIResponse(responseCode = "400", description = "原因无效，或两条信息不是一方所能、一方所需")
    @APIResponse(responseCode = "404", description = "发布信息不存在")
    public Response decline(@PathParam("id") long id, @PathParam("otherId") long otherId, DeclineInput input) {
        DeclineReason reason = enumOrNull(DeclineReason.class, "reason", input == null ? null : input.reason);
        matching.decline(id, otherId, reason, input == null ? null : input.note);
        return Response.noContent().build();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ListingRejectedException.of(field, "「" + value + "」不是有效的取值，可选："
                    + String.join("、", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    private static int intParam(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ListingRejectedException.of(field, "须为 " + min + " 到 " + max + " 之间的整数");
    }
}
