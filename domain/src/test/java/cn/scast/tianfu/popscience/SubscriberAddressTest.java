package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SubscriberAddressTest {

    @Test
    void mobileNumbersAreElevenDigitsWithoutPrefixOrSeparators() {
        assertEquals("13800138000", SubscriberAddress.mobile(" 138-0013-8000 ").value());
        assertEquals("13800138000", SubscriberAddress.mobile("+86 138 0013 8000").value());
        assertEquals("19912345678", SubscriberAddress.mobile("8619912345678").value());
        assertEquals(SubscriberChannel.MOBILE, SubscriberAddress.of(null, "13800138000").channel());
    }

    @Test
    void otherNumbersAreRefused() {
        for (String bad : new String[] {"12800138000", "1380013800", "138001380001", "abc", "", "+1 2025550100"}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> SubscriberAddress.mobile(bad), bad);
            assertEquals("手机号应为 11 位中国大陆手机号码", refused.getMessage());
        }
    }

    @Test
    void emailAddressesAreTrimmedAndLowerCase() {
        assertEquals("zhang.san@example.cn", SubscriberAddress.email("  Zhang.San@Example.CN ").value());
        assertEquals(SubscriberChannel.EMAIL, SubscriberAddress.of("a@b.cn", " ").channel());
        assertThrows(RuleViolation.class, () -> SubscriberAddress.email("zhang@"));
        assertThrows(RuleViolation.class, () -> SubscriberAddress.email("zhang at example.cn"));
    }

    @Test
    void exactlyOneAddressIsGiven() {
        assertEquals("请填写电子邮箱或手机号（二选一）",
                assertThrows(RuleViolation.class, () -> SubscriberAddress.of(null, "")).getMessage());
        assertThrows(RuleViolation.class, () -> SubscriberAddress.of("a@b.cn", "13800138000"));
    }

    @Test
    void masksHideTheMiddle() {
        assertEquals("138****8000", SubscriberAddress.mobile("13800138000").masked());
        assertEquals("z***@example.cn", SubscriberAddress.email("zhang@example.cn").masked());
    }
}
