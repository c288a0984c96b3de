package cn.scast.tianfu.it.support;

import cn.scast.tianfu.launcher.Platform;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The EAR exactly as built by the ear module, optionally with test classes for in-container tests. */
public final class Deployments {

    public static final String BASE_URL = "http://localhost:8080/tfkjy";
    private static final String WEB_MODULE = "tianfu-web.war";

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("tianfu.ear")));
    }

    /**
     * The real EAR with the test classes added to its web module: Arquillian's servlet protocol
     * enriches exactly one WAR, and that WAR sees every EJB module and library of the EAR.
     */
    public static EnterpriseArchive applicationWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses)
                .addPackage(Deployments.class.getPackage())
                .addPackage(Platform.class.getPackage());
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }
}
