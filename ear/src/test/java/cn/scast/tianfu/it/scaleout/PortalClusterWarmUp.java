package cn.scast.tianfu.it.scaleout;

import cn.scast.tianfu.it.support.RunningPlatform;
import cn.scast.tianfu.it.support.SeedsLoaded;
import cn.scast.tianfu.launcher.PortalCluster;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Boots the portal nodes of {@link PortalClusterIT} in the background while other test classes run, when the run
 * includes it: two Payara Micro JVMs take about 40 s to boot, mostly CPU that the other classes leave idle (they
 * wait on the server and the browser). The boot starts once a test class has ended after the shared deployment
 * loaded its seeds, so the nodes meet the migrated schema and the seeded accounts. Registered with the JUnit
 * Platform through {@code META-INF/services}.
 */
public final class PortalClusterWarmUp implements TestExecutionListener {

    static final int BALANCER_PORT = 18000;
    static final int CLUSTER_PORT = 15901;
    static final Duration NODE_START = Duration.ofMinutes(4);

    private static volatile boolean planned;
    private static PortalCluster cluster;
    private static CompletableFuture<PortalCluster> booting;
    private static boolean taken;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        planned = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(PortalClusterWarmUp::isPortalClusterTest);
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (planned && isTestClass(identifier) && !isPortalClusterTest(identifier) && SeedsLoaded.loaded()) {
            bootInBackground();
        }
    }

    /**
     * The two-node cluster behind nginx: the one booting in the background, or one started now. A cluster that
     * did not come up is stopped before the failure is thrown (the test class then has nothing to close).
     */
    static synchronized PortalCluster cluster() {
        taken = true;
        try {
            if (booting == null) {
                cluster = plan();
                return cluster.start(NODE_START);
            }
            return booting.join();
        } catch (RuntimeException e) {
            if (cluster != null) {
                cluster.close();
            }
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static synchronized void bootInBackground() {
        if (booting != null || taken) {
            return;
        }
        cluster = plan();
        PortalCluster starting = cluster;
        booting = CompletableFuture.supplyAsync(() -> starting.start(NODE_START), runnable -> {
            Thread thread = new Thread(runnable, "portal-cluster-warm-up");
            thread.setDaemon(true);
            thread.start();
        });
        // should the run end before PortalClusterIT (a failure that stops it), no node outlives the test JVM
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (PortalClusterWarmUp.class) {
                if (!taken) {
                    starting.close();
                }
            }
        }, "portal-cluster-warm-up-stop"));
    }

    private static PortalCluster plan() {
        return PortalCluster.plan(RunningPlatform.platform(), 2, BALANCER_PORT, CLUSTER_PORT,
                Path.of(System.getProperty("tianfu.payara.micro")), Path.of(System.getProperty("tianfu.portal.war")));
    }

    private static boolean isTestClass(TestIdentifier identifier) {
        return identifier.getSource().filter(ClassSource.class::isInstance).isPresent();
    }

    private static boolean isPortalClusterTest(TestIdentifier identifier) {
        return identifier.getSource().filter(ClassSource.class::isInstance)
                .map(source -> ((ClassSource) source).getClassName().equals(PortalClusterIT.class.getName()))
                .orElse(false);
    }
}
