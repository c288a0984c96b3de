package cn.scast.tianfu.it.support;

import cn.scast.tianfu.membership.identity.ResidentIdNumber;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts made the way the public makes them: self-registration through the API, approved by the province office. */
public final class SelfRegisteredAccounts {

    private static final ApiCalls ADMIN = ApiCalls.as("admin", "Tianfu@2026");

    private SelfRegisteredAccounts() {
    }

    /**
     * A 科技工作者 of 成都 who registered themselves and was approved; returns the username (the mobile number).
     *
     * @param mobilePrefix seven digits that keep one test class's mobile numbers apart from another's
     * @param birthDate    yyyyMMdd, one per test class, keeping its ID numbers apart from another's
     */
    public static String approvedWorker(String mobilePrefix, String birthDate, String name, String password)
            throws Exception {
        String digits = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        String mobile = mobilePrefix + digits;
        String first17 = "510104" + birthDate + digits.substring(1);
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        HttpResponse<String> applied = ApiCalls.anonymous().post("v1/registrations/workers", "{\"name\":\"" + name
                + "\",\"mobile\":\"" + mobile + "\",\"idNumber\":\"" + id + "\",\"cityCode\":\"510100\","
                + "\"countyCode\":\"510104\",\"unitName\":\"西南交通大学\",\"email\":\"u" + mobile + "@example.cn\","
                + "\"password\":\"" + password + "\"}");
        assertEquals(201, applied.statusCode(), applied.body());
        Matcher application = Pattern.compile("\"applicationId\":(\\d+)").matcher(applied.body());
        assertTrue(application.find(), applied.body());
        HttpResponse<String> approved = ADMIN.post("v1/account-applications/" + application.group(1) + "/approval", "{}");
        assertEquals(200, approved.statusCode(), approved.body());
        return mobile;
    }
}
