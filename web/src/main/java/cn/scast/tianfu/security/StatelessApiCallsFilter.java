package cn.scast.tianfu.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * An API call signed with HTTP Basic stands alone: the session that signing in opened for it ends with the call.
 * Otherwise every call of a client that sends its credentials each time left a session behind for an hour (memory
 * that grows with the call rate), and the session's cookie alone would let a later call in without the password.
 * A call made from a signed-in page (cookie, no Basic header) keeps its session.
 */
@WebFilter(urlPatterns = "/api/*")
public class StatelessApiCallsFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (signedWithBasic(request)) {
                HttpSession session = request.getSession(false);
                if (session != null && session.isNew()) {
                    session.invalidate();
                }
            }
        }
    }

    private static boolean signedWithBasic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
