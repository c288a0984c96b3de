package cn.scast.tianfu.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link ClientTest} class starts once the application is deployed and seeded. Arquillian deploys it for the
 * in-container classes ({@link PlatformTest}, {@link SharedDeployment}) on the one thread they run on; client
 * classes, which may start meanwhile on another thread, wait for that deployment instead of touching Arquillian
 * (its contexts are bound to the thread that created it). A run without any in-container class (a client class
 * run alone) has no Arquillian to wait for: the first client class deploys the EAR as built, as {@code ./tianfu run}
 * does (and so does a run whose in-container classes are all {@code @Isolated}: those run after the others).
 * Registered as a JUnit extension on client classes and, to see the test plan, as a listener of the JUnit Platform
 * ({@code META-INF/services}).
 */
public final class SharedApplicationReady implements BeforeAllCallback, TestExecutionListener {

    /** A deployment of the EAR takes 10-20 s and the seeds a few more; far longer means it is not coming. */
    private static final long TIMEOUT_MINUTES = 5;

    private static final CompletableFuture<Void> READY = new CompletableFuture<>();
    private static volatile boolean arquillianDeploys;
    private static volatile boolean deployedAsBuilt;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        arquillianDeploys = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(SharedApplicationReady::isSharedInContainerClass);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!arquillianDeploys) {
            deployWithoutArquillian();
        }
        try {
            READY.get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the shared deployment of the application failed (see the first"
                    + " in-container test class that failed and the server log)", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the application was not deployed within " + TIMEOUT_MINUTES + " min", e);
        }
    }

    /**
     * Whether a client class deployed the EAR as built, without the test classes; an {@code @Isolated} in-container
     * class that runs after all client classes replaces it with the shared deployment.
     */
    static boolean deployedAsBuilt() {
        return deployedAsBuilt;
    }

    /** The shared deployment is there and its seeds are loaded. */
    static void deployed() {
        READY.complete(null);
    }

    /** The shared deployment failed: every waiting client class fails with the same cause. */
    static void failed(Throwable cause) {
        READY.completeExceptionally(cause);
    }

    private static synchronized void deployWithoutArquillian() {
        if (READY.isDone()) {
            return;
        }
        try {
            RunningPlatform.platform().deployApplication();
            deployedAsBuilt = true;
            SeedsLoaded.await();
            deployed();
        } catch (RuntimeException | AssertionError e) {
            failed(e);
        }
    }

    /**
     * An in-container class that runs among the others: an {@code @Isolated} one runs only after all of them, too late
     * to deploy for the client classes.
     */
    private static boolean isSharedInContainerClass(TestIdentifier identifier) {
        return identifier.getSource().filter(ClassSource.class::isInstance)
                .map(source -> ((ClassSource) source).getJavaClass())
                .map(type -> type.isAnnotationPresent(PlatformTest.class) && !type.isAnnotationPresent(Isolated.class))
                .orElse(false);
    }
}
