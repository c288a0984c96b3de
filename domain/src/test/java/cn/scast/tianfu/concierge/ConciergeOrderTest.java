package cn.scast.tianfu.concierge;

import cn.scast.tianfu.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConciergeOrderTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    private static ConciergeOrder order() {
        return new ConciergeOrder("BM-1", ClientType.ENTERPRISE, "德阳重装有限公司", "510600", "staff.deyang",
                "大型构件成型技术需求", "一单一策：先走访，再引荐西南交大团队", OPENED);
    }

    @Test
    void stepsMoveTheOrderIntoProgressAndSigningClosesItWithTheAmount() {
        ConciergeOrder order = order();
        order.log(StepType.VISIT, "上门走访", OPENED, "staff.deyang", null);
        assertEquals(OrderStatus.IN_PROGRESS, order.getStatus());

        order.log(StepType.SIGNED, "签订技术合同", OPENED.plusDays(40), "staff.deyang", new BigDecimal("120.50"));

        assertEquals(OrderStatus.SIGNED, order.getStatus());
        assertEquals(new BigDecimal("120.50"), order.getDealAmountWanYuan());
        assertEquals(OPENED.plusDays(40), order.getClosedOn());
        assertEquals(2, order.getSteps().size());
    }

    @Test
    void signingWithoutAPositiveAmountIsRefused() {
        ConciergeOrder order = order();

        RuleViolation missing = assertThrows(RuleViolation.class,
                () -> order.log(StepType.SIGNED, null, OPENED, "s", null));
        assertThrows(RuleViolation.class, () -> order.log(StepType.SIGNED, null, OPENED, "s", BigDecimal.ZERO));

        assertEquals("签约步骤必须填写大于 0 的签约金额（万元）", missing.getMessage());
        assertEquals(OrderStatus.OPEN, order.getStatus());
        assertEquals(0, order.getSteps().size());
    }

    @Test
    void aClosedOrderTakesNoStepsAndCannotBeReassigned() {
        ConciergeOrder order = order();
        order.closeWithoutDeal(OPENED.plusDays(3));

        RuleViolation step = assertThrows(RuleViolation.class,
                () -> order.log(StepType.VISIT, null, OPENED.plusDays(4), "s", null));
        assertThrows(RuleViolation.class, () -> order.assignTo("other"));

        assertEquals("保姆单 BM-1 已结单，不能再记录步骤", step.getMessage());
        assertEquals("staff.deyang", order.getStaffUsername());
    }

    @Test
    void stepsCannotPredateTheOrderNorCarryAnAmountUnlessSigned() {
        ConciergeOrder order = order();

        assertThrows(RuleViolation.class, () -> order.log(StepType.VISIT, null, OPENED.minusDays(1), "s", null));
        assertThrows(RuleViolation.class,
                () -> order.log(StepType.NEGOTIATION, null, OPENED, "s", BigDecimal.TEN));
        assertEquals(0, order.getSteps().size());
    }
}
