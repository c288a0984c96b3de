package cn.scast.tianfu.web;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts a refusal's field errors next to the inputs of the same id in a form, the rest at the top. */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(String formId, RefusedInput refused) {
        Messages.fieldErrors(formId, refused.errors());
        // The summary at the top too, so the reason is seen even when the field is further down the form.
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
    }

    /** Screens check roles themselves: every staff role may open /admin/*, not every one may write here. */
    public static boolean callerInAnyRole(String... roles) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return java.util.Arrays.stream(roles).anyMatch(external::isUserInRole);
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
