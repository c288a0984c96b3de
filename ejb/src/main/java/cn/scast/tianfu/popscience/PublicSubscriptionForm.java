package cn.scast.tianfu.popscience;

import java.io.Serializable;
import java.util.List;

/** A public subscription without an account: an e-mail address or a mobile number, and the same choices as an account. */
public class PublicSubscriptionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String email;
    public String mobile;
    public List<String> topics;
    public List<String> groups;
    public String cityCode;
    public String countyCode;
    public String town;

    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
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
