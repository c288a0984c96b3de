package cn.scast.tianfu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * On a portal node the back-office screens (staff, juries) and the file imports (the inbox and the batch jobs live
 * on the back office) do not exist: 404 with the Chinese error page, as for any unknown address. The back office
 * serves them as before.
 */
@WebFilter(urlPatterns = {"/admin/*", "/api/v1/imports", "/api/v1/imports/*"}, asyncSupported = true)
public class BackOfficeOnlyFilter extends HttpFilter {

    private final boolean portal = !NodeRole.current().runsBackOffice();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (portal) {
            request.setAttribute(ErrorPageServlet.DETAIL, "门户节点不提供后台管理功能，请使用内网后台");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
