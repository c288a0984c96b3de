package cn.scast.tianfu.it.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test that runs (some of) its methods inside the real EAR in Payara Server on MariaDB, through
 * Arquillian; the order of the extensions matters. Arquillian binds its contexts to the thread that created it, so
 * these classes run one after the other on one thread, while {@link ClientTest} classes run beside them. A failing
 * test leaves a screenshot of each browser it used ({@link BrowserScreenshots}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RunningPlatform.class)
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserScreenshots.class)
@Execution(ExecutionMode.SAME_THREAD)
public @interface PlatformTest {
}
