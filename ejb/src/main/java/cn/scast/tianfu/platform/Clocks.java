package cn.scast.tianfu.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The one clock services inject: China time from the system clock. */
@Dependent
public class Clocks {

    @Produces
    @Dependent
    Clock chinaClock() {
        return ChinaTime.clock();
    }
}
