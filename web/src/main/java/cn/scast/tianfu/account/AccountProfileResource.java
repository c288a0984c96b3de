package cn.scast.tianfu.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/v1/account/profile: the signed-in 科技工作者 or 企事业单位 reads and edits its own profile. */
@Path("v1/account/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"worker", "enterprise"})
@Tag(name = "account", description = "本人账号")
public class AccountProfileResource {

    @EJB
    private AccountProfileService profiles;

    @GET
    @Operation(summary = "个人资料（身份证号码只显示掩码）")
    public ProfileView mine() {
        return profiles.mine();
    }

    @PUT
    @Operation(summary = "修改个人资料", description = "Body {name, mobile, email, cityCode, countyCode, disciplineCode, "
            + "unitName, contactPerson}；登录名不变；修改电子邮箱后须重新验证（发送验证邮件）")
    @APIResponse(responseCode = "200", description = "已保存")
    @APIResponse(responseCode = "400", description = "字段错误（application/problem+json）")
    @APIResponse(responseCode = "409", description = "手机号码已被其他账号注册")
    public ProfileView update(ProfileForm form) {
        return profiles.update(form == null ? new ProfileForm() : form);
    }
}
