package cn.scast.tianfu.platform;

import jakarta.ejb.SessionContext;

import java.security.Principal;

/** Who is calling an EJB, as the audit trail and the records name them. */
public final class Callers {

    /** The name records carry when no one is signed in: start-up jobs, timers, batch steps. */
    public static final String SYSTEM = "system";

    private Callers() {
    }

    /** Whether a principal name stands for no signed-in user (Payara's unauthenticated principal is ANONYMOUS). */
    public static boolean isAnonymous(String name) {
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name);
    }

    /** The signed-in caller's username, or {@link #SYSTEM}. */
    public static String name(SessionContext session) {
        Principal principal = session.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return isAnonymous(name) ? SYSTEM : name;
    }
}
