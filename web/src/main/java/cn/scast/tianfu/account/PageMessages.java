package cn.scast.tianfu.account;

import cn.scast.tianfu.web.Messages;
import cn.scast.tianfu.platform.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.List;

/** Field errors of the account services next to the inputs of the same id; texts of the account bundle. */
final class PageMessages {

    private PageMessages() {
    }

    static void fieldErrors(String formId, List<FieldError> errors) {
        Messages.fieldErrors(formId, errors);
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return MessageFormat.format(context.getApplication().getResourceBundle(context, "ac").getString(key), arguments);
    }
}
