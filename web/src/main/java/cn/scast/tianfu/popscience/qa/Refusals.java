package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordConflict;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RuleViolation;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Runs a 科普问答 action of a screen and shows a refusal (rule, 403, 404, 409) as a Chinese message. */
final class Refusals {

    private Refusals() {
    }

    /** Whether the action went through; a refusal is added to the page's messages. */
    static boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolation | RecordAccessRefused | RecordConflict | RecordNotFound refused) {
            show(refused.getMessage());
        } catch (EJBException failed) {
            Throwable cause = failed.getCause();
            if (!(cause instanceof RuleViolation || cause instanceof RecordAccessRefused
                    || cause instanceof RecordConflict || cause instanceof RecordNotFound)) {
                throw failed;
            }
            show(cause.getMessage());
        }
        return false;
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void show(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
