package cn.scast.tianfu.membership.identity;

/**
 * An identifier (ID number, credit code, phone number) was rejected. The message is a short Chinese reason
 * meant for the person who typed or imported the value, so it never repeats the rejected value itself:
 * these values are personal data and messages end up in logs and import reports.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidIdentifierException(String reason) {
        super(reason);
    }

    /** The Chinese reason, e.g. "身份证号校验位错误". */
    public String reason() {
        return getMessage();
    }
}
