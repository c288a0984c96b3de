package cn.scast.tianfu.it.support;

import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.DeploymentContext;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.ContainerMultiControlEvent;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.DeploymentEvent;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * One deployment of the application for the whole test run instead of one per test class (a deployment of the
 * EAR costs 10-20 s). Every in-container test class ({@link PlatformTest}) whose {@code @Deployment} method returns
 * {@link Deployments#shared()} gets a view of the one deployed archive; the client classes ({@link ClientTest}) do
 * not use Arquillian and wait for the same deployment ({@link SharedApplicationReady}):
 * <ul>
 *   <li>the first such class packages (servlet protocol) and deploys {@link SharedApplication} through
 *       Arquillian's own events and keeps the deployment and its {@link ProtocolMetaData};</li>
 *   <li>each class's scenario is built from its own {@code @Deployment} annotation (name, testable, order), so
 *       client tests stay client tests, with the shared archive as its archive;</li>
 *   <li>its deploy and undeploy events are answered from the cached deployment instead of the server;</li>
 *   <li>the shared deployment is undeployed when Arquillian stops the container at the end of the run, or
 *       before a class that deploys an archive of its own (the same application name and context root), and
 *       deployed again for the next class that shares it; such a class must be {@code @Isolated}, as client classes
 *       run meanwhile (none has an archive of its own today);</li>
 *   <li>the first deployment is ready once the seed jobs it starts have loaded the reference and demo data
 *       ({@link SeedsLoaded}): no test waits for seeds of its own; then the waiting client classes start;</li>
 *   <li>when the EAR fails to deploy, the first class reports the server's error and every later class fails
 *       at once with that error as the cause, without deploying again.</li>
 * </ul>
 */
public class SharedDeployment {

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> classScenario;

    @Inject
    private Instance<ContainerRegistry> containerRegistry;

    @Inject
    private Instance<DeploymentContext> deploymentContext;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deploymentInContext;

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> descriptionInContext;

    @Inject
    private Event<GenerateDeployment> generateDeployment;

    @Inject
    private Event<ContainerMultiControlEvent> containerControl;

    @Inject
    private Event<DeploymentEvent> deploymentEvent;

    /** The packaged and (while {@code isDeployed()}) deployed shared archive. */
    private DeploymentScenario sharedScenario;
    private ProtocolMetaData sharedMetaData;
    /** Per-class scenarios that only point at the shared deployment. */
    private final Set<DeploymentScenario> views = Collections.newSetFromMap(new IdentityHashMap<>());

    public void generate(@Observes EventContext<GenerateDeployment> context) {
        TestClass testClass = context.getEvent().getTestClass();
        if (testClass.getJavaClass() == SharedApplication.class) {
            context.proceed();
            return;
        }
        if (!sharesTheApplication(testClass)) {
            undeployShared();
            context.proceed();
            return;
        }
        deploySharedIfNeeded();
        DeploymentScenario view = viewFor(testClass);
        views.add(view);
        classScenario.set(view);
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
        DeploymentScenario scenario = classScenario.get();
        if (scenario == null || !views.contains(scenario)) {
            context.proceed();
            return;
        }
        for (Deployment deployment : scenario.deployments()) {
            DeploymentContext deployments = deploymentContext.get();
            deployments.activate(deployment);
            try {
                descriptionInContext.set(deployment.getDescription());
                deploymentInContext.set(deployment);
                protocolMetaData.set(sharedMetaData);
                deployment.deployed();
            } finally {
                deployments.deactivate();
            }
        }
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
        DeploymentScenario scenario = classScenario.get();
        if (scenario == null || !views.remove(scenario)) {
            context.proceed();
            return;
        }
        for (Deployment deployment : scenario.deployments()) {
            deployment.undeployed();
            deploymentContext.get().destroy(deployment);
        }
    }

    /** The end of the run: Arquillian stops the container (for the remote container: only lets go of it). */
    public void undeployAtEnd(@Observes BeforeStop event) {
        undeployShared();
    }

    private void deploySharedIfNeeded() {
        if (sharedScenario == null) {
            generateDeployment.fire(new GenerateDeployment(new TestClass(SharedApplication.class)));
            sharedScenario = classScenario.get();
        }
        Deployment shared = sharedDeployment();
        if (shared.hasDeploymentError()) {
            // an EAR that does not deploy fails every class the same way: say so at once instead of deploying
            // it again for each of them
            throw new IllegalStateException("the shared deployment of the application failed (see the first test"
                    + " class that failed and the server log); not tried again", shared.getDeploymentError());
        }
        if (shared.isDeployed()) {
            return;
        }
        try {
            if (SharedApplicationReady.deployedAsBuilt()) {
                RunningPlatform.platform().undeployApplication(); // the same name: the client classes are done
            }
            classScenario.set(sharedScenario);
            containerControl.fire(new DeployManagedDeployments());
            if (shared.hasDeploymentError()) {
                throw new IllegalStateException("the shared deployment of the application failed",
                        shared.getDeploymentError());
            }
            DeploymentContext deployments = deploymentContext.get();
            deployments.activate(shared);
            try {
                sharedMetaData = deployments.getObjectStore().get(ProtocolMetaData.class);
            } finally {
                deployments.deactivate();
            }
            if (sharedMetaData == null) {
                throw new IllegalStateException("the shared deployment published no protocol metadata");
            }
            SeedsLoaded.await();
            SharedApplicationReady.deployed();
        } catch (RuntimeException | Error e) {
            SharedApplicationReady.failed(e); // the client classes waiting on other threads fail with it
            throw e;
        }
    }

    private void undeployShared() {
        if (sharedScenario == null) {
            return;
        }
        Deployment shared = sharedDeployment();
        if (!shared.isDeployed()) {
            return;
        }
        Container container = containerRegistry.get().getContainer(shared.getDescription().getTarget());
        if (container != null && container.getState() == Container.State.STARTED) {
            deploymentEvent.fire(new UnDeployDeployment(container, shared));
        }
        shared.undeployed();
    }

    private Deployment sharedDeployment() {
        return sharedScenario.deployments().get(0);
    }

    private DeploymentScenario viewFor(TestClass testClass) {
        DeploymentDescription sharedDescription = sharedDeployment().getDescription();
        DeploymentScenario view = new DeploymentScenario();
        for (Method method : testClass.getMethods(org.jboss.arquillian.container.test.api.Deployment.class)) {
            org.jboss.arquillian.container.test.api.Deployment annotation =
                    method.getAnnotation(org.jboss.arquillian.container.test.api.Deployment.class);
            DeploymentDescription description = new DeploymentDescription(annotation.name(),
                    sharedDescription.getArchive())
                    .setTarget(sharedDescription.getTarget())
                    .setProtocol(sharedDescription.getProtocol())
                    .setOrder(annotation.order())
                    .shouldBeManaged(annotation.managed())
                    .shouldBeTestable(annotation.testable())
                    .setTestableArchive(sharedDescription.getTestableArchive());
            view.addDeployment(description);
        }
        return view;
    }

    /** True when every {@code @Deployment} method of the class returns the shared archive. */
    private static boolean sharesTheApplication(TestClass testClass) {
        Method[] methods = testClass.getMethods(org.jboss.arquillian.container.test.api.Deployment.class);
        if (methods.length == 0) {
            return false;
        }
        for (Method method : methods) {
            try {
                method.setAccessible(true);
                if (!Deployments.isShared(method.invoke(null))) {
                    return false;
                }
            } catch (ReflectiveOperationException e) {
                return false; // let Arquillian report the broken method the usual way
            }
        }
        return true;
    }
}
