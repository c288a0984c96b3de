package cn.scast.tianfu.security;

import cn.scast.tianfu.platform.Problems;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers an API call whose HTTP Basic credentials the authentication mechanism refused: 401 with a Basic
 * challenge, also on public resources (a wrong password is never read as "anonymous").
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RefusedCredentialsFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (Boolean.TRUE.equals(request.getProperty(TianfuAuthenticationMechanism.REFUSED_CREDENTIALS))) {
            request.abortWith(Problems.of(Response.Status.UNAUTHORIZED, "需要登录",
                    detail(request.getProperty(TianfuAuthenticationMechanism.LOGIN_OUTCOME))));
        }
    }

    /** Self-registered applicants (right password) are told why they cannot sign in yet; everyone else the same text. */
    private static String detail(Object outcome) {
        if (outcome instanceof cn.scast.tianfu.membership.LoginOutcome login) {
            switch (login.status()) {
                case PENDING:
                    return "注册申请正在等待所在市州科协审核，审核通过后才能登录";
                case REJECTED:
                    return "注册申请未通过审核" + (login.reason() == null ? "" : "：" + login.reason());
                default:
                    break;
            }
        }
        return "用户名或密码错误，或该地址的登录已被暂时限制：请使用正确的账号以 HTTP Basic 认证";
    }
}
