package cn.scast.tianfu.web;

import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
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
}
