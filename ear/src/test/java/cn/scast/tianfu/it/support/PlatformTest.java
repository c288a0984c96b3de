package cn.scast.tianfu.it.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An integration test against the real EAR in Payara Server on MariaDB; the order of the extensions matters. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RunningPlatform.class)
@ExtendWith(ArquillianExtension.class)
public @interface PlatformTest {
}
