package cn.scast.tianfu.security;

import cn.scast.tianfu.membership.LoginOutcome;
import cn.scast.tianfu.platform.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Holds an account that must change its password (the seeded default) at the password change: pages redirect to
 * {@value #PASSWORD_PAGE}, API calls get 403 problem+json, except the change itself and what the login and password
 * pages need. Runs after authentication, which marks such a caller (session attribute for the form sign-in,
 * request attribute for HTTP Basic).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeGate extends HttpFilter {

    public static final String PASSWORD_PAGE = "/account/password.xhtml";
    static final String PASSWORD_API = "/api/v1/account/password";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!mustChangePassword(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            if (path.equals(PASSWORD_API)) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(Problems.MEDIA_TYPE);
            response.getOutputStream().write(Problems.of(jakarta.ws.rs.core.Response.Status.FORBIDDEN,
                    "请先修改初始密码（PUT /api/v1/account/password），再使用其他功能").getEntity().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        boolean allowed = path.equals(PASSWORD_PAGE) || path.equals(TianfuAuthenticationMechanism.LOGIN_PAGE)
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        if (allowed) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
    }

    private static boolean mustChangePassword(HttpServletRequest request) {
        if (request.getAttribute(TianfuAuthenticationMechanism.LOGIN_OUTCOME) instanceof LoginOutcome outcome
                && outcome.status() == LoginOutcome.Status.VALID && outcome.mustChangePassword()) {
            return true;
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(TianfuAuthenticationMechanism.MUST_CHANGE_PASSWORD) != null
                && request.getUserPrincipal() != null;
    }
}
