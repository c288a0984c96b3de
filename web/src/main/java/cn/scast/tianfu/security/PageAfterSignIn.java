package cn.scast.tianfu.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * The page a caller asked for before being sent to the login form (a link in a notification mail, a bookmark), so the
 * sign-in continues there instead of at the caller's first page. Only the application's own GET page addresses are
 * kept, taken from the request itself, never from a parameter: the sign-in cannot be turned into a redirect elsewhere.
 */
public final class PageAfterSignIn {

    static final String SESSION_ATTRIBUTE = "tianfu.pageAfterSignIn";
    /** Longer addresses are no page of this application; the caller starts at the first page instead. */
    private static final int MAX_LENGTH = 2000;

    private PageAfterSignIn() {
    }

    /** Remembers the requested page (path below the context root and query) when it is one worth coming back to. */
    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return; // a form post to a page whose session ended cannot be repeated after the sign-in
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String page = query == null ? path : path + "?" + query;
        if (!path.endsWith(".xhtml") || page.length() > MAX_LENGTH || !page.startsWith("/") || page.startsWith("//")
                || path.equals(TianfuAuthenticationMechanism.LOGIN_PAGE)) {
            return;
        }
        request.getSession().setAttribute(SESSION_ATTRIBUTE, page);
    }

    /** The remembered page, forgotten as it is handed out. */
    static Optional<String> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object page = session.getAttribute(SESSION_ATTRIBUTE);
        session.removeAttribute(SESSION_ATTRIBUTE);
        return page instanceof String text ? Optional.of(text) : Optional.empty();
    }
}
