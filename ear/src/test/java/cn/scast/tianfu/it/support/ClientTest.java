package cn.scast.tianfu.it.support;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test that uses the real EAR in Payara Server on MariaDB from outside, as its users do: HTTP, the
 * browser, the mails, the database. It needs no Arquillian, only the shared deployment ({@link
 * SharedApplicationReady}), so it runs beside other classes (two at a time, {@code junit-platform.properties}): such
 * a class makes its own data (unique names, its own accounts) and never counts what others may create meanwhile. A
 * class that cannot share the system with others is also annotated {@code @Isolated}. A failing test leaves a
 * screenshot of each browser it used ({@link BrowserScreenshots}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RunningPlatform.class)
@ExtendWith(SharedApplicationReady.class)
@ExtendWith(BrowserScreenshots.class)
public @interface ClientTest {
}
