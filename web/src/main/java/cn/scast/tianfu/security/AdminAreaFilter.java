package cn.scast.tianfu.security;

import cn.scast.tianfu.platform.ErrorPageServlet;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * A signed-in caller opening a back-office page outside their roles gets the Chinese 403 page at once, not a page
 * that fails half-way when its first service call is refused. Sign-in itself stays with the container's
 * constraint on /admin/*, which runs first.
 */
@WebFilter(urlPatterns = "/admin/*", asyncSupported = true)
public class AdminAreaFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<AdminArea> area = AdminArea.of(path);
        if (request.getUserPrincipal() != null && area.isPresent() && !area.get().admits(request::isUserInRole)) {
            request.setAttribute(ErrorPageServlet.DETAIL, "当前账号无权使用该功能（" + path + "）");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
