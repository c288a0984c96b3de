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
                    "用户名或密码错误，或该地址的登录已被暂时限制：请使用正确的账号以 HTTP Basic 认证"));
        }
    }
}
