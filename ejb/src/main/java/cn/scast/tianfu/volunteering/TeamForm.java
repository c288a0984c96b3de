package cn.scast.tianfu.volunteering;

import java.io.Serializable;

/** A 科技志愿服务队 as staff enter it. */
public class TeamForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String name;
    public String hostOrg;
    public String cityCode;
    public String countyCode;
    public String topics;
    public String leaderUsername;

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getHostOrg() { return hostOrg; }
    public void setHostOrg(String v) { hostOrg = v; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String v) { cityCode = v; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String v) { countyCode = v; }
    public String getTopics() { return topics; }
    public void setTopics(String v) { topics = v; }
    public String getLeaderUsername() { return leaderUsername; }
    public void setLeaderUsername(String v) { leaderUsername = v; }
}
