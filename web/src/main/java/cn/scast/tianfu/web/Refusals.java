package cn.scast.tianfu.web;

import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordConflict;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RuleViolation;
import jakarta.ejb.EJBException;

/**
 * Runs a service call of a screen and shows a refusal of the platform's family (rule, conflict, access, missing
 * record) as the page's Chinese error message instead of an error page; anything else still fails the request.
 */
public final class Refusals {

    private Refusals() {
    }

    /** True when the call went through; otherwise its Chinese refusal is shown and false returned. */
    public static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException e) {
            RuntimeException cause = e instanceof EJBException && e.getCause() instanceof RuntimeException inner ? inner : e;
            if (cause instanceof RuleViolation || cause instanceof RecordConflict || cause instanceof RecordAccessRefused
                    || cause instanceof RecordNotFound) {
                Messages.error(cause.getMessage());
                return false;
            }
            throw e;
        }
    }
}
