package cn.scast.tianfu.account;

import cn.scast.tianfu.platform.RefusedInput;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs the pages of the mailed links: e-mail verification, forgotten password, new password. */
@Named
@ViewScoped
public class OneTimeLinkBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient OneTimeLinks links;

    private String token;
    private String username;
    private String newPassword;
    private boolean done;

    /** View action of the verification page: the link is used as soon as it is opened. */
    public void verify() {
        if (done) {
            return;
        }
        try {
            String email = links.verifyEmail(token);
            done = true;
            PageMessages.info(PageMessages.text("verify.done", email));
        } catch (RefusedInput e) {
            PageMessages.fieldErrors("verifyForm", e.errors());
        }
    }

    public void requestReset() {
        links.requestPasswordReset(username);
        done = true;
        PageMessages.info(PageMessages.text("forgot.sent"));
    }

    public void reset() {
        try {
            links.resetPassword(token, newPassword);
            done = true;
            PageMessages.info(PageMessages.text("reset.done"));
        } catch (RefusedInput e) {
            PageMessages.fieldErrors("resetForm", e.errors());
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public boolean isDone() { return done; }
}
