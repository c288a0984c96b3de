package cn.scast.tianfu.volunteering;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.util.List;

/** /api/v1/volunteering: 科技志愿服务队, their activities, sign-ups and the hours recorded afterwards. */
@Path("v1/volunteering")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteeringResource {

    @EJB
    private VolunteerTeams teams;

    @EJB
    private VolunteerActivities activities;

    @GET
    @Path("teams")
    @PermitAll
    @Operation(summary = "公开的科技志愿服务队（可按市州筛选），含累计志愿服务时长")
    public List<TeamView> published(@QueryParam("city") String city) {
        return teams.published(city);
    }

    @GET
    @Path("teams/{id}")
    @PermitAll
    @Operation(summary = "一支科技志愿服务队（公开）")
    @APIResponse(responseCode = "404", description = "no such team")
    public TeamView team(@PathParam("id") long id) {
        return teams.team(id);
    }

    @GET
    @Path("teams/{id}/activities")
    @PermitAll
    @Operation(summary = "服务队尚未结束的活动（公开），含剩余名额")
    public List<ActivityView> upcoming(@PathParam("id") long id) {
        teams.team(id);
        return activities.upcoming(id);
    }

    @GET
    @Path("activities/{id}")
    @PermitAll
    @Operation(summary = "一项志愿服务活动（公开），含剩余名额")
    @APIResponse(responseCode = "404", description = "no such activity")
    public ActivityView activity(@PathParam("id") long id) {
        return activities.activity(id);
    }

    @GET
    @Path("managed-teams")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "可管理的服务队（市州工作人员只见本市州）")
    public List<TeamView> editable() {
        return teams.editable();
    }

    @POST
    @Path("teams")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "登记科技志愿服务队并指定队长账号")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "403", description = "another city")
    @APIResponse(responseCode = "409", description = "a team of that name exists in the city")
    @APIResponse(responseCode = "422", description = "a rule refused it")
    public Response create(TeamForm form) {
        TeamView created = teams.create(form);
        return Response.created(URI.create("v1/volunteering/teams/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("teams/{id}")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "修改服务队（名称、依托单位、区县、服务领域、队长）")
    public TeamView update(@PathParam("id") long id, TeamForm form) {
        return teams.update(id, form);
    }

    @GET
    @Path("teams/{id}/managed-activities")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "服务队的全部活动（队长与本市州工作人员）")
    public List<ActivityView> ofTeam(@PathParam("id") long id) {
        return activities.ofTeam(id);
    }

    @POST
    @Path("activities")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "发布志愿服务活动（队长或本市州工作人员）；时间为北京时间")
    @APIResponse(responseCode = "201", description = "published")
    @APIResponse(responseCode = "403", description = "neither leader nor staff of the city")
    @APIResponse(responseCode = "422", description = "a rule refused it")
    public Response publish(ActivityForm form) {
        ActivityView created = activities.publish(form);
        return Response.created(URI.create("v1/volunteering/activities/" + created.id())).entity(created).build();
    }

    @POST
    @Path("activities/{id}/cancellation")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "取消活动（须填写原因），已报名者收到站内信")
    public ActivityView cancel(@PathParam("id") long id, Cancellation body) {
        return activities.cancel(id, body == null ? null : body.reason);
    }

    @POST
    @Path("activities/{id}/sign-up")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "报名参加活动（每人每项活动一次；满员或已开始不能报名）")
    @APIResponse(responseCode = "201", description = "signed up")
    @APIResponse(responseCode = "409", description = "full, already signed up or cancelled")
    @APIResponse(responseCode = "422", description = "the activity has started")
    public Response signUp(@PathParam("id") long id) {
        SignUpView signUp = activities.signUp(id);
        return Response.status(Response.Status.CREATED).entity(signUp).build();
    }

    @DELETE
    @Path("activities/{id}/sign-up")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "活动开始前取消自己的报名")
    public SignUpView cancelSignUp(@PathParam("id") long id) {
        return activities.cancelSignUp(id);
    }

    @GET
    @Path("activities/{id}/sign-ups")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "活动报名名单（队长与本市州工作人员）")
    public List<SignUpView> roster(@PathParam("id") long id) {
        return activities.roster(id);
    }

    @PUT
    @Path("activities/{id}/hours")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "活动结束后记录出勤与志愿服务时长（不填时长按活动时长，0 为未出勤）")
    @APIResponse(responseCode = "403", description = "neither leader nor staff of the city")
    @APIResponse(responseCode = "422", description = "before the end, or hours out of bounds")
    public List<SignUpView> record(@PathParam("id") long id, List<HoursEntry> entries) {
        return activities.record(id, entries);
    }

    @GET
    @Path("me")
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    @Operation(summary = "我的志愿服务：累计时长与报名记录")
    public MyVolunteering mine() {
        return activities.mine();
    }

    /** The body of a cancellation: why the activity is off. */
    public static class Cancellation {
        public String reason;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
