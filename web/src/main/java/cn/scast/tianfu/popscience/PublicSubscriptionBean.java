package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RuleViolation;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ResourceBundle;

/**
 * Backs the public subscription pages without an account: subscribe (and enter the SMS code), confirm by the mailed
 * link, and the manage page of the link in every push (one click unsubscribes).
 */
@Named
@ViewScoped
public class PublicSubscriptionBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PublicSubscribers subscribers;

    private final PublicSubscriptionForm form = new PublicSubscriptionForm();
    private String channel = "EMAIL";
    private String contact;
    private String code;
    private String token;
    private boolean codeSent;
    private boolean confirmed;
    private String manageToken;
    private PublicSubscriberView subscriber;

    public void subscribe() {
        form.email = "EMAIL".equals(channel) ? contact : null;
        form.mobile = "MOBILE".equals(channel) ? contact : null;
        if (refused(() -> subscribers.subscribe(form))) {
            return;
        }
        codeSent = "MOBILE".equals(channel);
        info(text(codeSent ? "subscriber.sentSms" : "subscriber.sentMail"));
    }

    /** Confirms with the mobile number and the SMS code (subscribe page, or confirm page without a link). */
    public void confirmCode() {
        SubscriberConfirmationForm confirmation = new SubscriberConfirmationForm();
        confirmation.mobile = contact;
        confirmation.code = code;
        finish(confirmation);
    }

    /** Confirms with the token of the mailed link (a button, so that mail scanners opening links confirm nothing). */
    public void confirmLink() {
        SubscriberConfirmationForm confirmation = new SubscriberConfirmationForm();
        confirmation.token = token;
        finish(confirmation);
    }

    /** View action of the manage page. */
    public void loadSubscriber() {
        if (subscriber == null && token != null && !token.isBlank()) {
            refused(() -> subscriber = subscribers.manage(token));
        } else if (token == null || token.isBlank()) {
            error(PublicSubscribers.MANAGE_LINK_INVALID);
        }
    }

    public void unsubscribe() {
        if (!refused(() -> subscriber = subscribers.unsubscribe(token))) {
            info(text("subscriber.unsubscribed"));
        }
    }

    public void cityChanged() {
        form.countyCode = null;
        form.town = null;
    }

    private void finish(SubscriberConfirmationForm confirmation) {
        ConfirmationResult[] result = new ConfirmationResult[1];
        if (refused(() -> result[0] = subscribers.confirm(confirmation))) {
            return;
        }
        if (!result[0].confirmed()) {
            error(result[0].reason());
            return;
        }
        confirmed = true;
        codeSent = false;
        manageToken = result[0].manageToken();
        info(text("subscriber.confirmed"));
    }

    /** Runs the call; a refusal becomes page messages. Whether it was refused. */
    private boolean refused(Runnable call) {
        try {
            call.run();
            return false;
        } catch (EJBException failed) {
            if (!(failed.getCause() instanceof RuleViolation rule)) {
                throw failed;
            }
            show(rule);
        } catch (RuleViolation rule) {
            show(rule);
        }
        return true;
    }

    private void show(RuleViolation rule) {
        if (rule instanceof RefusedInput input && !input.errors().isEmpty()) {
            for (FieldError e : input.errors()) {
                error(e.message());
            }
        } else {
            error(rule.getMessage());
        }
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public PublicSubscriptionForm getForm() { return form; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isCodeSent() { return codeSent; }
    public boolean isConfirmed() { return confirmed; }
    public String getManageToken() { return manageToken; }
    public PublicSubscriberView getSubscriber() { return subscriber; }

    public String getStatusLabel() {
        return subscriber == null ? "" : text("subscriber.status." + subscriber.status());
    }

    public String getTopicText() {
        return subscriber == null ? "" : String.join("、", subscriber.topics());
    }

    public String getGroupText() {
        return subscriber == null || subscriber.groups().isEmpty() ? "—" : String.join("、", subscriber.groups());
    }
}
