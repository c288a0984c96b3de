package cn.scast.tianfu.popscience;

import cn.scast.tianfu.popscience.push.PopSciencePushStarter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * /api/v1/popscience: 智慧科普. Staff edit, publish and push items (the province office everywhere, city staff in
 * their own city); everyone reads published items; signed-in accounts choose what is pushed to them.
 */
@Path("v1/popscience")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PopScienceResource {

    @EJB
    private PopScienceItems items;

    @EJB
    private PopSciencePushStarter pushes;

    @EJB
    private PopScienceSubscriptions subscriptions;

    @GET
    @Path("topics")
    @PermitAll
    @Operation(summary = "科普主题与受众分类")
    public Map<String, Map<String, String>> taxonomy() {
        return Map.of("topics", labels(PopScienceTopic.values()), "audiences", labels(Audience.values()),
                "kinds", labels(PopScienceKind.values()));
    }

    @GET
    @Path("published")
    @PermitAll
    @Operation(summary = "已发布的科普内容（可按主题、市州筛选；全省内容在每个市州都列出）")
    public List<PopScienceItemView> published(@QueryParam("topic") String topic, @QueryParam("city") String city,
                                              @QueryParam("limit") @DefaultValue("50") int limit) {
        return items.published(topic, city, limit);
    }

    @GET
    @Path("published/{id}")
    @PermitAll
    @Operation(summary = "一条已发布的科普内容")
    @APIResponse(responseCode = "404", description = "unknown or not published")
    public PopScienceItemView publishedItem(@PathParam("id") long id) {
        return items.publicItem(id).orElseThrow(() -> new NotFoundException("没有这条已发布的科普内容"));
    }

    @GET
    @Path("items")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "可编辑的科普内容（市州工作人员只见本市州）")
    public List<PopScienceItemView> editable() {
        return items.editable();
    }

    @POST
    @Path("items")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "新建科普内容（草稿）")
    @APIResponse(responseCode = "201", description = "created as a draft")
    @APIResponse(responseCode = "400", description = "missing or unknown fields")
    @APIResponse(responseCode = "403", description = "a region outside the own city")
    @APIResponse(responseCode = "422", description = "a rule refused it (video link, activity time, region)")
    public Response create(PopScienceItemForm form) {
        PopScienceItemView created = items.create(form);
        return Response.created(URI.create("v1/popscience/items/" + created.id())).entity(created).build();
    }

    @GET
    @Path("items/{id}")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "一条科普内容（含草稿）")
    public PopScienceItemView item(@PathParam("id") long id) {
        return items.item(id);
    }

    @PUT
    @Path("items/{id}")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "修改科普内容")
    public PopScienceItemView update(@PathParam("id") long id, PopScienceItemForm form) {
        return items.update(id, form);
    }

    @GET
    @Path("items/{id}/push")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "推送人数：当前符合条件的订阅者、已送达、已读")
    public PushFigures figures(@PathParam("id") long id) {
        return items.figures(id);
    }

    @POST
    @Path("items/{id}/publication")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "发布并推送：公开这条内容，并由批处理作业推送给符合条件的订阅者（每人至多一次）")
    public PopScienceItemView publish(@PathParam("id") long id) {
        return pushes.publishAndPush(id);
    }

    @POST
    @Path("items/{id}/withdrawal")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "撤回：不再公开（已推送的不会收回）")
    public PopScienceItemView withdraw(@PathParam("id") long id) {
        return items.withdraw(id);
    }

    @GET
    @Path("subscription")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "本账号的科普订阅")
    public SubscriptionView subscription() {
        return subscriptions.mine();
    }

    @PUT
    @Path("subscription")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "选择关注的科普主题、所属人群和所在地区（市州、区县、乡镇或社区）")
    public SubscriptionView choose(SubscriptionForm form) {
        return subscriptions.choose(form);
    }

    private static Map<String, String> labels(Enum<?>[] values) {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> result.put(v.name(), Labels.of(v)));
        return result;
    }
}
