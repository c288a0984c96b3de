package cn.scast.tianfu.membership;

import cn.scast.tianfu.web.Messages;
import cn.scast.tianfu.platform.FieldError;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.List;

/** Shows service field errors next to the input of the same id inside the given form. */
final class FacesErrors {

    private FacesErrors() {
    }

    static void show(String formId, List<FieldError> errors) {
        Messages.fieldErrors(formId, errors);
    }

    static void global(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "mm").getString(key);
    }
}
