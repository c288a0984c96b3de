package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordConflict;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RuleViolation;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Runs a service call from a screen and shows a refusal (rule, conflict, access, missing record) as a message. */
final class Refusals {

    private Refusals() {
    }

    /** True when the call went through; otherwise its Chinese refusal is shown and false returned. */
    static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException e) {
            RuntimeException cause = e instanceof EJBException && e.getCause() instanceof RuntimeException inner ? inner : e;
            if (cause instanceof RuleViolation || cause instanceof RecordConflict || cause instanceof RecordAccessRefused
                    || cause instanceof RecordNotFound) {
                error(cause.getMessage());
                return false;
            }
            throw e;
        }
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
