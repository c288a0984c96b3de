package cn.scast.tianfu.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The site root: signed-in callers go to the first page their roles work in, everyone else to the public portal. */
@WebServlet("/home")
public class HomeServlet extends HttpServlet {

    public static final String PUBLIC_HOME = "/public/index.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getUserPrincipal() == null
                ? PUBLIC_HOME
                : AdminArea.homeFor(request::isUserInRole);
        response.sendRedirect(request.getContextPath() + target);
    }
}
