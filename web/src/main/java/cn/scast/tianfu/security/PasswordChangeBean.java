package cn.scast.tianfu.security;

import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.LoginBlockedException;
import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.time.format.DateTimeFormatter;

/** Backs the password page: every signed-in account changes its own password here, first of all a seeded default. */
@Named
@RequestScoped
public class PasswordChangeBean {

    private static final String FORM = "passwordForm";
    private static final DateTimeFormatter TIME = ChinaTime.SECONDS;

    @EJB
    private AccountService accounts;

    @Inject
    private FacesContext facesContext;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void change() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (newPassword != null && !newPassword.equals(confirmation)) {
            error(FORM + ":confirmation", Messages.text(facesContext, "password.mismatch"));
            return;
        }
        try {
            accounts.changePassword(chars(currentPassword), chars(newPassword), SourceAddress.of(request));
        } catch (RefusedInput e) {
            for (FieldError field : e.errors()) {
                error(FORM + ":" + field.field(), field.message());
            }
            return;
        } catch (LoginBlockedException e) {
            error(null, Messages.text(facesContext, "login.locked", TIME.format(e.until())));
            return;
        }
        boolean wasForced = external.getSessionMap().remove(TianfuAuthenticationMechanism.MUST_CHANGE_PASSWORD) != null;
        external.getFlash().setKeepMessages(true);
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(facesContext, "password.changed"), null));
        external.redirect(external.getRequestContextPath() + (wasForced ? "/home" : PasswordChangeGate.PASSWORD_PAGE));
        facesContext.responseComplete();
    }

    /** Whether the signed-in account is held here until it changes its password. */
    public boolean isRequired() {
        return facesContext.getExternalContext().getSessionMap().containsKey(TianfuAuthenticationMechanism.MUST_CHANGE_PASSWORD);
    }

    private void error(String clientId, String text) {
        facesContext.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        facesContext.validationFailed();
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
