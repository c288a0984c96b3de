package cn.scast.tianfu.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in through the form, kept as a session attribute; the authentication mechanism signs the caller in from
 * it on every request of the session. Session attributes travel with the session through Payara's replicated
 * session store, so a portal node that takes over a session after its first node died knows the caller and the
 * roles, and the user stays signed in.
 */
public record SignedInCaller(String username, Set<String> roles) implements Serializable {

    static final String ATTRIBUTE = "tianfu.signedInCaller";

    public SignedInCaller {
        roles = Set.copyOf(roles);
    }

    static void remember(HttpServletRequest request, String username, Set<String> roles) {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id handed out before the sign-in must not become a signed-in one
        }
        request.getSession().setAttribute(ATTRIBUTE, new SignedInCaller(username, roles));
    }

    static Optional<SignedInCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedInCaller) session.getAttribute(ATTRIBUTE));
    }
}
