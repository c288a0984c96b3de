package cn.scast.tianfu.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** What Arquillian packages and deploys once per run for all integration tests (see {@link SharedDeployment}). */
final class SharedApplication {

    private SharedApplication() {
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.shared();
    }
}
