package cn.scast.tianfu.popscience;

import java.io.Serializable;

/** The token of a public subscriber's unsubscribe (manage) link. */
public class SubscriberTokenForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String token;

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
}
