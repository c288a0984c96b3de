package cn.scast.tianfu.listing;

import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Problems;

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

/** Supply and demand listings: /api/v1/listings (their matches: matching's ListingMatchesResource). HTTP Basic; roles per operation. */
@Path("v1/listings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "listings", description = "所能/所需发布信息与精准匹配")
@RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise"})
public class ListingResource {

    @EJB
    private ListingService listings;

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
        ListingFilter filter = new ListingFilter(ListingParameters.enumOrNull(MarketSide.class, "side", side),
                ListingParameters.enumOrNull(ListingType.class, "kind", kind), ListingParameters.enumOrNull(ListingState.class, "status", status), city, title);
        int from = ListingParameters.intParam("first", first, 0, 0, Integer.MAX_VALUE);
        int size = ListingParameters.intParam("max", max, 20, 1, ListingService.MAX_PAGE_SIZE);
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
}
