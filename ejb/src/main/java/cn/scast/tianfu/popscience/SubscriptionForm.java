package cn.scast.tianfu.popscience;

import java.io.Serializable;
import java.util.List;

/** What an account subscribes to: topics, the audience groups it belongs to, and where it lives. */
public class SubscriptionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public List<String> topics;
    public List<String> groups;
    public String cityCode;
    public String countyCode;
    public String town;
}
