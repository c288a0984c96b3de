package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.NodeRole;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * On an empty database, creates the first administrator so that someone can sign in and create the
 * rest. Its password comes from TFKJY_ADMIN_PASSWORD; without it the account gets the demo default, which
 * everyone knows, so it must be changed at the first sign-in.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class InitialAdministrator {

    public static final String USERNAME = "admin";
    public static final String DEFAULT_PASSWORD = "Tianfu@2026";

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @EJB
    private AccountService accounts;

    @PostConstruct
    void ensureAdministrator() {
        if (!NodeRole.current().runsBackOffice()) {
            return;
        }
        if (accounts.countAccounts() > 0) {
            return;
        }
        String configured = System.getenv("TFKJY_ADMIN_PASSWORD");
        boolean usesDefault = configured == null || configured.isBlank();
        accounts.createAccount(USERNAME, "系统管理员", (usesDefault ? DEFAULT_PASSWORD : configured).toCharArray(),
                EnumSet.of(Role.ADMIN), usesDefault);
        LOG.warning(() -> "created administrator '" + USERNAME + "'"
                + (usesDefault ? " with the demo password, to be changed at the first sign-in; or set TFKJY_ADMIN_PASSWORD before the first start" : ""));
    }
}
