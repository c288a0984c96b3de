package cn.scast.tianfu.account;

import cn.scast.tianfu.membership.AccountStatus;
import cn.scast.tianfu.membership.Role;
import cn.scast.tianfu.membership.UserAccount;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountApplicationTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

    private static AccountApplication enterprise() {
        UserAccount account = new UserAccount("13800001111", "自贡灯彩科技有限公司", "hash", EnumSet.of(Role.ENTERPRISE));
        account.applied("company@example.cn");
        return AccountApplication.enterprise(account, "自贡灯彩科技有限公司", "91510300MA6000000X", "李联络",
                "13800001111", "company@example.cn", "510300", NOW);
    }

    @Test
    void aNewApplicationAndItsAccountArePendingWithAnUnverifiedAddress() {
        AccountApplication application = enterprise();
        assertTrue(application.isPending());
        assertEquals(AccountStatus.PENDING, application.getAccount().getStatus());
        assertFalse(application.getAccount().isEmailVerified());
        application.getAccount().verifyEmail(NOW);
        assertTrue(application.getAccount().isEmailVerified());
    }

    @Test
    void approvalActivatesTheAccountAndLinksTheRecord() {
        AccountApplication application = enterprise();
        application.approve("reg.staff.zg", NOW, null, 42L);
        assertEquals(AccountStatus.ACTIVE, application.getStatus());
        assertEquals(AccountStatus.ACTIVE, application.getAccount().getStatus());
        assertEquals(42L, application.getOrganisationId());
        assertNull(application.getReason());
        assertThrows(IllegalStateException.class, () -> application.reject("reg.staff.zg", NOW, "迟到的驳回"),
                "reviewed once");
    }

    @Test
    void rejectionKeepsTheReasonAndTheAccountOut() {
        AccountApplication application = enterprise();
        application.reject("reg.staff.zg", NOW, "营业执照信息不符");
        assertEquals(AccountStatus.REJECTED, application.getAccount().getStatus());
        assertEquals("营业执照信息不符", application.getReason());
        assertEquals("reg.staff.zg", application.getReviewedBy());
        assertThrows(IllegalStateException.class, () -> application.approve("admin", NOW, null, 1L));
    }

    @Test
    void aProfileEditKeepsTheCreditCodeAndANewAddressMustBeVerifiedAgain() {
        AccountApplication application = enterprise();
        application.approve("reg.staff.zg", NOW, null, 42L);
        application.getAccount().verifyEmail(NOW);
        application.revise("自贡灯彩文化科技有限公司", "13800002222", "new@example.cn", "510300", "510302", "520",
                "不适用的单位", "王联络");
        application.getAccount().changeEmail("COMPANY@example.cn");
        assertTrue(application.getAccount().isEmailVerified(), "the same address in other case stays verified");
        application.getAccount().changeEmail("new@example.cn");
        assertFalse(application.getAccount().isEmailVerified());
        assertEquals("91510300MA6000000X", application.getCreditCode());
        assertEquals("王联络", application.getContactPerson());
        assertEquals("13800002222", application.getMobile());
        assertNull(application.getCountyCode(), "counties, disciplines and units are kept for workers only");
        assertNull(application.getUnitName());
        assertEquals(AccountStatus.ACTIVE, application.getStatus());
    }
}
