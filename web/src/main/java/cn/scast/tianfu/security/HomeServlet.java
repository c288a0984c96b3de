package cn.scast.tianfu.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The site root: signed-in callers go to the first page their roles work in, everyone else to the sign-in. */
@WebServlet("/home")
public class HomeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getUserPrincipal() == null
                ? TianfuAuthenticationMechanism.LOGIN_PAGE
                : AdminArea.homeFor(request::isUserInRole);
        response.sendRedirect(request.getContextPath() + target);
    }
}
