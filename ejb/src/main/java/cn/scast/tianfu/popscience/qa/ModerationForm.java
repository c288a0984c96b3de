package cn.scast.tianfu.popscience.qa;

import java.io.Serializable;

/** Why staff hide a question or an answer (kept in the audit trail). */
public class ModerationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String reason;

    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
