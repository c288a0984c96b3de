package cn.scast.tianfu.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Security headers on every page and API answer (error pages included), and no session taken from the URL:
 * sessions travel in the cookie only, so a request naming {@code ;jsessionid=} in its path is refused with 400
 * before anything can look the session up.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    /**
     * PrimeFaces (without its CSP mode) emits inline scripts and handlers and evaluates ajax updates, hence
     * 'unsafe-inline' and 'unsafe-eval' for scripts; everything else is limited to this origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.getDispatcherType() == DispatcherType.REQUEST && sessionInUrl(request)) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sessionInUrl(HttpServletRequest request) {
        return request.isRequestedSessionIdFromURL()
                || request.getRequestURI().toLowerCase(Locale.ROOT).contains(";jsessionid");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = "会话编号不能出现在网址中（;jsessionid=），请去掉后重新访问";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(400);
            response.setContentType(Problems.MEDIA_TYPE);
            response.getOutputStream().write(Problems.of(400, "请求有误", detail, null).getEntity().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        request.setAttribute(ErrorPageServlet.DETAIL, detail);
        response.sendError(400);
    }
}
