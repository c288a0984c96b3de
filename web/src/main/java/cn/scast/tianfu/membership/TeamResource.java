package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.Created;
import cn.scast.tianfu.platform.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/v1/teams: 科技工作者团队. */
@Path("v1/teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "teams", description = "科技工作者团队")
@RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
public class TeamResource {

    @EJB
    private TeamService teams;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Search teams by name prefix, city, discipline or member")
    @APIResponse(responseCode = "200", description = "one page (members left out)")
    @APIResponse(responseCode = "401", description = "not signed in")
    public Page<TeamView> search(@QueryParam("name") String name, @QueryParam("city") String city,
                                 @QueryParam("discipline") String discipline, @QueryParam("member") Long member,
                                 @QueryParam("offset") @DefaultValue("0") int offset,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        return teams.search(name, city, discipline, member, offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One team with its members (id and name only)")
    @APIResponse(responseCode = "200", description = "the team")
    @APIResponse(responseCode = "404", description = "unknown")
    public TeamView find(@PathParam("id") long id) {
        return teams.find(id);
    }

    @POST
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "Create a team", description = "The leader becomes a member; city staff only in their city")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "403", description = "another city")
    @APIResponse(responseCode = "409", description = "a team of this name exists in the city")
    public Response create(TeamForm form) {
        TeamView created = teams.create(form == null ? new TeamForm() : form);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"admin", "city-staff"})
    @Operation(summary = "Update a team; the member list replaces the old one")
    @APIResponse(responseCode = "200", description = "updated")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "409", description = "a team of this name exists in the city")
    public TeamView update(@PathParam("id") long id, TeamForm form) {
        return teams.update(id, form == null ? new TeamForm() : form);
    }
}
