package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Problems;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * /api/v1/popscience/subscribers: 智慧科普 push to the public without an account. Anyone subscribes with an e-mail
 * address or a mobile number and confirms with the mailed link or the SMS code; the link in every push unsubscribes.
 */
@Path("v1/popscience/subscribers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicSubscriberResource {

    /** The one answer to a subscription, whatever the address's state. */
    static final String SENT = "确认信息已发送，请在邮件中打开确认链接，或在页面上填写短信验证码；确认后才会收到推送。";

    @EJB
    private PublicSubscribers subscribers;

    @POST
    @PermitAll
    @Operation(summary = "公众订阅（无需账号）：电子邮箱或手机号，关注的主题、所属人群和地区；发送确认邮件或短信验证码")
    @APIResponse(responseCode = "202", description = "a confirmation was sent (the same answer for every address)")
    @APIResponse(responseCode = "400", description = "missing or invalid address or choices")
    @APIResponse(responseCode = "429", description = "too many confirmations for the address within the hour")
    public Response subscribe(PublicSubscriptionForm form) {
        String address = subscribers.subscribe(form);
        return Response.accepted(Map.of("address", address, "message", SENT)).build();
    }

    @POST
    @Path("confirmation")
    @PermitAll
    @Operation(summary = "确认公众订阅：邮件链接中的 token，或手机号与短信验证码（错误 5 次后锁定）")
    @APIResponse(responseCode = "200", description = "confirmed; manageToken opens the manage and unsubscribe page")
    @APIResponse(responseCode = "422", description = "link or code invalid, expired, wrong or locked")
    public Response confirm(SubscriberConfirmationForm form) {
        ConfirmationResult result = subscribers.confirm(form);
        if (!result.confirmed()) {
            // the counted try is committed already; only the answer is an error
            return Problems.of(422, "Unprocessable Content", result.reason(), List.of(new FieldError("code", result.reason())));
        }
        return Response.ok(result).build();
    }

    @POST
    @Path("unsubscription")
    @PermitAll
    @Operation(summary = "退订：邮件或短信中的退订链接的 token（无需登录，立即生效）")
    @APIResponse(responseCode = "200", description = "unsubscribed (also when it was already)")
    @APIResponse(responseCode = "422", description = "unknown link")
    public PublicSubscriberView unsubscribe(SubscriberTokenForm form) {
        return subscribers.unsubscribe(form == null ? null : form.token);
    }
}
