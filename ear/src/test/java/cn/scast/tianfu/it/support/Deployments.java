package cn.scast.tianfu.it.support;

import cn.scast.tianfu.imports.file.HostileXlsx;
import cn.scast.tianfu.launcher.Platform;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.List;

/**
 * The EAR exactly as built by the ear module, with every integration test class added to its web module.
 * All integration tests of a run share this one archive and one deployment ({@link SharedDeployment}):
 * {@link #application()} and {@link #applicationWithTests} return the same instance, and whether a class runs
 * in the container or as a client still follows its own {@code @Deployment(testable = …)} and
 * {@code @RunAsClient}. A test class whose {@code @Deployment} returns another archive gets a deployment of
 * its own, as in plain Arquillian.
 */
public final class Deployments {

    /** The application's address for the tests: their own HTTP port, so that ./tianfu run can serve 8080 meanwhile. */
    public static final String SERVER_URL = "http://localhost:" + TestPorts.http();
    public static final String BASE_URL = SERVER_URL + "/tfkjy";
    private static final String WEB_MODULE = "tianfu-web.war";
    private static final String TEST_ROOT_PACKAGE = "cn.scast.tianfu.it";

    /**
     * Test classes of other modules' test jars that in-container tests use; the shared archive is deployed
     * before most test classes are even loaded, so they are named here rather than at the call sites.
     */
    private static final List<Class<?>> FROM_OTHER_TEST_JARS = List.of(HostileXlsx.class);

    private static EnterpriseArchive shared;
    private static WebArchive sharedWeb;

    private Deployments() {
    }

    /** The shared deployment (for client tests the added test classes are inert). */
    public static EnterpriseArchive application() {
        return shared();
    }

    /**
     * The shared deployment. The classes named are part of it already (it holds every class under
     * {@code cn.scast.tianfu.it}); they stay in the call to say which classes the in-container test needs.
     */
    public static EnterpriseArchive applicationWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = shared();
        for (Class<?> testClass : testClasses) {
            if (!sharedWeb.contains("/WEB-INF/classes/" + testClass.getName().replace('.', '/') + ".class")) {
                throw new IllegalStateException(testClass.getName() + " is not in the shared deployment: test classes"
                        + " from outside cn.scast.tianfu.it belong in Deployments.FROM_OTHER_TEST_JARS");
            }
        }
        return ear;
    }

    static synchronized EnterpriseArchive shared() {
        if (shared == null) {
            shared = build();
        }
        return shared;
    }

    static synchronized boolean isShared(Object archive) {
        return shared != null && archive == shared;
    }

    /**
     * The real EAR with the test classes added to its web module: Arquillian's servlet protocol
     * enriches exactly one WAR, and that WAR sees every EJB module and library of the EAR.
     */
    private static EnterpriseArchive build() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("tianfu.ear")));
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addPackages(true, TEST_ROOT_PACKAGE)
                .addPackage(Platform.class.getPackage())
                .addClasses(FROM_OTHER_TEST_JARS.toArray(Class<?>[]::new));
        sharedWeb = web;
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }
}
