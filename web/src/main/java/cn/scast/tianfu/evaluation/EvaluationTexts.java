package cn.scast.tianfu.evaluation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts of the evaluation screens (bundle {@code em}) and message helpers. */
final class EvaluationTexts {

    static final String BUNDLE = "cn.scast.tianfu.web.evaluation";

    private EvaluationTexts() {
    }

    static String text(FacesContext context, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        return MessageFormat.format(bundle.getString(key), arguments);
    }

    static void info(FacesContext context, String clientId, String text) {
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void error(FacesContext context, String clientId, String text) {
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
