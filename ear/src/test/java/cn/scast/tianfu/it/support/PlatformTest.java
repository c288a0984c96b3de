package cn.scast.tianfu.it.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test against the real EAR in Payara Server on MariaDB; the order of the extensions matters. A failing
 * test leaves a screenshot of each browser it used ({@link BrowserScreenshots}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RunningPlatform.class)
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserScreenshots.class)
public @interface PlatformTest {
}
