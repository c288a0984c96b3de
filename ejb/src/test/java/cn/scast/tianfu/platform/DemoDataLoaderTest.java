package cn.scast.tianfu.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataLoaderTest {

    @AfterEach
    void clear() {
        System.clearProperty("tianfu.demoData");
    }

    @Test
    void demoDataIsOnUnlessSwitchedOffWithFalse() {
        System.setProperty("tianfu.demoData", " FALSE ");
        assertFalse(DemoDataLoader.enabled());
        System.setProperty("tianfu.demoData", "true");
        assertTrue(DemoDataLoader.enabled());
        System.setProperty("tianfu.demoData", "yes");
        assertTrue(DemoDataLoader.enabled(), "only an explicit false switches it off");
    }
}
