package cn.scast.tianfu.membership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** /api/v1/society-officers: the province office opens 学会工作人员 accounts, one society each. */
@Path("v1/society-officers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "society-officers", description = "学会工作人员账号")
@RolesAllowed("admin")
public class SocietyOfficerResource {

    @EJB
    private SocietyOfficerService officers;

    @GET
    @Operation(summary = "学会工作人员账号及其所属学会")
    public List<SocietyOfficerView> officers() {
        return officers.officers();
    }

    @POST
    @Operation(summary = "为学会开设工作人员账号", description = "账号、姓名、学会、初始密码（首次登录须修改）；"
            + "工作人员只能以本学会名义、在本学会名额内推荐。")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "field errors (application/problem+json)")
    @APIResponse(responseCode = "409", description = "the login exists already")
    public Response create(SocietyOfficerForm form) {
        SocietyOfficerView created = officers.create(form == null ? new SocietyOfficerForm() : form);
        return Response.created(URI.create("v1/society-officers/" + created.username())).entity(created).build();
    }
}
