package cn.scast.tianfu.popscience;

import java.io.Serializable;

/** Confirms a public subscription: the token of the mailed link, or the mobile number with the SMS code. */
public class SubscriberConfirmationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String token;
    public String mobile;
    public String code;

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
}
