package cn.scast.tianfu.popscience.qa;

import java.io.Serializable;

/** Designates the account with this username expert of one topic. */
public class ExpertForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String username;
    public String topic;

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { topic = v; }
}
