package cn.scast.tianfu.popscience;

/** A public subscription without an account: an e-mail address or a mobile number, and the same choices as an account. */
public class PublicSubscriptionForm extends SubscriptionForm {
    private static final long serialVersionUID = 1L;

    public String email;
    public String mobile;

    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
}
