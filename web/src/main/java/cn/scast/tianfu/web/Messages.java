package cn.scast.tianfu.web;

import cn.scast.tianfu.platform.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/** Texts from the UI resource bundle (Chinese first), for messages built in Java. */
public final class Messages {

    public static final String BUNDLE = "cn.scast.tianfu.web.messages";

    private Messages() {
    }

    public static String text(FacesContext context, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        return MessageFormat.format(bundle.getString(key), arguments);
    }

    /**
     * A text of one of the UI bundles that faces-config.xml declares, by its page variable ({@code pt}, {@code ct} …),
     * with {@link MessageFormat} arguments.
     */
    public static String of(String bundleVar, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return MessageFormat.format(context.getApplication().getResourceBundle(context, bundleVar).getString(key),
                arguments);
    }

    /**
     * A service's field errors beside the inputs of the same id in {@code formId} (the rest at the top of the page),
     * and the request marked failed so the form keeps what was typed.
     *
     * @return whether any error found its input
     */
    public static boolean fieldErrors(String formId, List<FieldError> errors) {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean placed = false;
        for (FieldError error : errors) {
            String clientId = formId + ":" + error.field();
            boolean known = context.getViewRoot().findComponent(":" + clientId) != null;
            context.addMessage(known ? clientId : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message()));
            placed |= known;
        }
        context.validationFailed();
        return placed;
    }

    /** A page-wide notice (no input of its own). */
    public static void info(String text) {
        page(FacesMessage.SEVERITY_INFO, text);
    }

    /** A page-wide error (no input of its own). */
    public static void error(String text) {
        page(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void page(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
