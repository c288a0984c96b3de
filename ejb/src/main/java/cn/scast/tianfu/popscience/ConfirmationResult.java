package cn.scast.tianfu.popscience;

/**
 * What a confirmation gave: {@code CONFIRMED} (with the token of the manage and unsubscribe link), or a refusal
 * ({@code WRONG} with the tries left, {@code LOCKED}, {@code EXPIRED}) whose counted try is kept.
 */
public record ConfirmationResult(String status, String manageToken, String address, int attemptsLeft) {

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }

    /** The Chinese reason of a refusal. */
    public String reason() {
        return switch (status) {
            case "WRONG" -> "验证码不正确，还可尝试 " + attemptsLeft + " 次";
            case "LOCKED" -> "验证码错误次数过多，请重新获取验证码";
            case "EXPIRED" -> "验证码无效或已过期，请重新获取验证码";
            default -> "";
        };
    }
}
