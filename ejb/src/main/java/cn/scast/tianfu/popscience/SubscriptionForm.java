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

    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> v) { topics = v; }
    public List<String> getGroups() { return groups; }
    public void setGroups(List<String> v) { groups = v; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String v) { cityCode = v; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String v) { countyCode = v; }
    public String getTown() { return town; }
    public void setTown(String v) { town = v; }
}
