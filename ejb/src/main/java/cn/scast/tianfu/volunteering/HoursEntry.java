package cn.scast.tianfu.volunteering;

import java.io.Serializable;
import java.math.BigDecimal;

/** Hours recorded for one sign-up after the activity; no hours means the activity's own (0 = did not come). */
public class HoursEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    public Long signUpId;
    public BigDecimal hours;

    public HoursEntry() {
    }

    public HoursEntry(Long signUpId, BigDecimal hours) {
        this.signUpId = signUpId;
        this.hours = hours;
    }

    public Long getSignUpId() { return signUpId; }
    public void setSignUpId(Long v) { signUpId = v; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal v) { hours = v; }
}
