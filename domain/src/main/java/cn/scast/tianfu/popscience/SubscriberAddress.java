package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RuleViolation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address of a public subscriber in its one normal form: an e-mail address (trimmed, lower case) or a mainland
 * mobile number (11 digits starting 13–19; spaces, hyphens and a leading +86 / 86 are dropped). Two spellings of
 * the same address are one subscriber.
 */
public record SubscriberAddress(SubscriberChannel channel, String value) {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    /** Exactly one of the two must be given. @throws RuleViolation in Chinese when neither, both or a bad one is given */
    public static SubscriberAddress of(String email, String mobile) {
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasMobile = mobile != null && !mobile.isBlank();
        if (hasEmail == hasMobile) {
            throw new RuleViolation("请填写电子邮箱或手机号（二选一）");
        }
        return hasEmail ? email(email) : mobile(mobile);
    }

    public static SubscriberAddress email(String raw) {
        String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new RuleViolation("电子邮箱格式不正确");
        }
        return new SubscriberAddress(SubscriberChannel.EMAIL, value);
    }

    public static SubscriberAddress mobile(String raw) {
        String value = raw == null ? "" : raw.strip().replaceAll("[\\s-]", "");
        if (value.startsWith("+86")) {
            value = value.substring(3);
        } else if (value.startsWith("86") && value.length() == 13) {
            value = value.substring(2);
        }
        if (!MOBILE.matcher(value).matches()) {
            throw new RuleViolation("手机号应为 11 位中国大陆手机号码");
        }
        return new SubscriberAddress(SubscriberChannel.MOBILE, value);
    }

    /** The address with its middle hidden, for pages and logs: 138****5678, z***@example.cn. */
    public String masked() {
        if (channel == SubscriberChannel.MOBILE) {
            return value.substring(0, 3) + "****" + value.substring(7);
        }
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }
}
