package cn.scast.tianfu.security;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.membership.LoginOutcome;
import cn.scast.tianfu.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.util.Optional;
import java.time.format.DateTimeFormatter;

/** Backs the login form: hands the credential to the authentication mechanism and explains a refusal. */
@Named
@RequestScoped
public class LoginBean {

    private static final DateTimeFormatter TIME = ChinaTime.MINUTES;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @NotBlank
    @Size(max = 64)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        LoginOutcome outcome = (LoginOutcome) request.getAttribute(TianfuAuthenticationMechanism.LOGIN_OUTCOME);
        if (status == AuthenticationStatus.SUCCESS) {
            // the page asked for before the login form, else the first page of the caller's roles; a password that
            // must change comes first either way
            Optional<String> asked = PageAfterSignIn.take(request);
            external.redirect(external.getRequestContextPath() + (outcome != null && outcome.mustChangePassword()
                    ? PasswordChangeGate.PASSWORD_PAGE : asked.orElse("/home")));
            facesContext.responseComplete();
            return;
        }
        String text = outcome == null ? Messages.text(facesContext, "login.failed") : switch (outcome.status()) {
            case LOCKED -> Messages.text(facesContext, "login.locked", TIME.format(outcome.lockedUntil()));
            case DISABLED -> Messages.text(facesContext, "login.disabled");
            case PENDING -> Messages.text(facesContext, "login.pending");
            case REJECTED -> Messages.text(facesContext, "login.rejected", outcome.reason() == null ? "" : outcome.reason());
            default -> Messages.text(facesContext, "login.failed");
        };
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public void logout() throws ServletException, IOException {
        ExternalContext external = facesContext.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + TianfuAuthenticationMechanism.LOGIN_PAGE);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
