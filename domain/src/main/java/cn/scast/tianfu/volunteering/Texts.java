package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.platform.RuleViolation;

/** Trimmed texts with a Chinese refusal when one is missing or too long. */
final class Texts {

    private Texts() {
    }

    static String required(String value, int max, String label) {
        String text = optional(value, max, label);
        if (text == null) {
            throw new RuleViolation("请填写" + label);
        }
        return text;
    }

    static String optional(String value, int max, String label) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text != null && text.length() > max) {
            throw new RuleViolation(label + "不能超过 " + max + " 个字");
        }
        return text;
    }
}
