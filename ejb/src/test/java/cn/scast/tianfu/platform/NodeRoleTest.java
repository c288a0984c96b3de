package cn.scast.tianfu.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeRoleTest {

    @Test
    void unsetMeansBackOffice() {
        assertEquals(NodeRole.BACK_OFFICE, NodeRole.parse(""));
        assertTrue(NodeRole.parse(" back-office ").runsBackOffice());
    }

    @Test
    void portalLeavesTheBackOfficeWorkAlone() {
        assertFalse(NodeRole.parse("Portal").runsBackOffice());
    }

    @Test
    void aTypoStopsTheStartInsteadOfRunningEveryJobOnEveryNode() {
        assertThrows(IllegalStateException.class, () -> NodeRole.parse("portl"));
    }
}
