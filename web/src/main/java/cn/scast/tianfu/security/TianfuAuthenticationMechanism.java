package cn.scast.tianfu.security;

import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.LoginOutcome;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both front doors: the admin screens sign in through the login form (the session
 * then carries the caller as {@link SignedInCaller}), the REST API through HTTP Basic on every request. Unauthenticated API
 * calls to protected resources get 401, never a redirect to an HTML page. Failed passwords are counted per
 * username and {@link SourceAddress}; an account that must change its password is held at the password page
 * ({@link PasswordChangeGate}).
 */
@ApplicationScoped
public class TianfuAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_OUTCOME = "tianfu.loginOutcome";
    /** Session attribute: the signed-in account must change its password before any other page. */
    public static final String MUST_CHANGE_PASSWORD = "tianfu.mustChangePassword";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: the API call carried HTTP Basic credentials that were refused (answered by {@link RefusedCredentialsFilter}). */
    public static final String REFUSED_CREDENTIALS = "tianfu.refusedCredentials";

    @EJB
    private AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            AuthenticationStatus status = login(password.getCaller(), password.getPassword().getValue(), request, context);
            LoginOutcome outcome = (LoginOutcome) request.getAttribute(LOGIN_OUTCOME);
            if (status == AuthenticationStatus.SUCCESS) {
                SignedInCaller.remember(request, outcome.username(), outcome.roleNames());
                if (outcome.mustChangePassword()) {
                    request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
                }
            }
            return status;
        }
        // A signed-in session: the caller and roles come from the session attribute on every request, not from
        // the container's own note of the session (@AutoApplySession). That note lives only in the memory of the node
        // that saw the sign-in; a portal node taking over the session after that node died got the caller's name
        // from Payara's session store but no roles, and refused everything with 403.
        var signedIn = SignedInCaller.of(request);
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(signedIn.get().username(), signedIn.get().roles());
        }
        if (isApi(request)) {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return basic(authorization.substring(6).trim(), request, context);
            }
            // No web.xml constraint covers /api: an anonymous call goes on to the JAX-RS role filter and the EJB
            // roles, which answer 401/403 themselves. (After a redeployment Payara reported public resources as
            // protected here, and the anonymous reads of public lists were refused.)
            return context.doNothing();
        }
        if (context.isProtected()) {
            PageAfterSignIn.remember(request);
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * Refused Basic credentials end the authentication as "nothing done" and are answered with 401 by a JAX-RS
     * filter, through Jersey's own response path. A refusal inside the authentication module (SEND_FAILURE, with
     * a body written here or through sendError) left state behind in Payara for unprotected resources: later
     * anonymous calls of public lists answered 500 ("getWriter() has already been called") or 401.
     */
    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refused(request, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refused(request, context);
        }
        AuthenticationStatus status = login(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(),
                request, context);
        return status == AuthenticationStatus.SUCCESS ? status : refused(request, context);
    }

    private static AuthenticationStatus refused(HttpServletRequest request, HttpMessageContext context) {
        request.setAttribute(REFUSED_CREDENTIALS, Boolean.TRUE);
        return context.doNothing();
    }

    private AuthenticationStatus login(String username, char[] password, HttpServletRequest request,
                                       HttpMessageContext context) {
        LoginOutcome outcome = accounts.authenticate(username, password, SourceAddress.of(request));
        request.setAttribute(LOGIN_OUTCOME, outcome);
        if (outcome.status() != LoginOutcome.Status.VALID) {
            // No sendError here: the login form re-renders itself with the reason.
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(outcome.username(), outcome.roleNames());
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
