package cn.scast.tianfu.it.membership;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import cn.scast.tianfu.membership.identity.UnifiedSocialCreditCode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** The membership tests' callers ({@link ApiCalls} under /api/v1) and fictitious but valid test identifiers. */
final class MembershipFixtures {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Tianfu@2026";
    private static final String JSON = "application/json, application/problem+json";

    private MembershipFixtures() {
    }

    /** Membership API calls as a user: paths relative to /api/v1 ("/workers"), answers in JSON or problem+json. */
    static ApiCalls as(String username, String password) {
        return ApiCalls.as(username, password).under("v1").accepting(JSON);
    }

    static ApiCalls admin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    static ApiCalls anonymous() {
        return ApiCalls.anonymous().under("v1").accepting(JSON);
    }

    /** A valid, random 18-digit ID number of someone born in Chengdu between 1960 and 2000. */
    static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
        String first17 = "510104" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** The same number with a wrong check character. */
    static String withWrongCheckCharacter(String idNumber) {
        char check = idNumber.charAt(17);
        char wrong = check == '1' ? '2' : '1';
        return idNumber.substring(0, 17) + wrong;
    }

    /** A valid, random unified social credit code of a Chengdu company. */
    static String creditCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = "91510100" + String.format("%09d", random.nextLong(1_000_000_000L));
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    static long totalOf(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no total in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static String workerJson(String name, String idNumber, String mobile, String cityCode, String title) {
        StringBuilder json = new StringBuilder("{\"name\":\"").append(name).append('"');
        if (idNumber != null) {
            json.append(",\"idNumber\":\"").append(idNumber).append('"');
        }
        if (mobile != null) {
            json.append(",\"mobile\":\"").append(mobile).append('"');
        }
        if (cityCode != null) {
            json.append(",\"cityCode\":\"").append(cityCode).append('"');
        }
        if (title != null) {
            json.append(",\"title\":\"").append(title).append('"');
        }
        return json.append('}').toString();
    }

    static String organisationJson(String name, String creditCode) {
        return "{\"type\":\"UNIVERSITY_ASSOCIATION\",\"name\":\"" + name + "\",\"creditCode\":\"" + creditCode
                + "\",\"cityCode\":\"510100\"}";
    }

    /** The id of a city's association in the list (JSON-B writes properties in alphabetical order). */
    static long associationId(ApiCalls admin, String cityCode) throws Exception {
        String list = admin.get("/city-associations").body();
        for (String item : list.split("\\},\\{")) {
            if (item.contains("\"cityCode\":\"" + cityCode + "\"")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(item);
                if (!m.find()) {
                    throw new AssertionError(item);
                }
                return Long.parseLong(m.group(1));
            }
        }
        throw new AssertionError("no association for " + cityCode + " in " + list);
    }

    static String team(String name, long leader, String memberIds, String city) {
        return "{\"name\":\"" + name + "\",\"leaderId\":" + leader + ",\"memberIds\":" + memberIds + ",\"cityCode\":\""
                + city + "\"}";
    }

    static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
