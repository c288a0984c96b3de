package cn.scast.tianfu.popscience;

import java.io.Serializable;

/** A 科普员 as city staff enter it: the town (only for a new one) and the person. */
public class VolunteerForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String cityCode;
    public String countyCode;
    public String town;
    public String name;
    public String mobile;
    public String organisation;
    /** The account that answers 科普问答 as this 科普员: null keeps the link, blank removes it. */
    public String accountUsername;

    public String getCityCode() { return cityCode; }
    public void setCityCode(String v) { cityCode = v; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String v) { countyCode = v; }
    public String getTown() { return town; }
    public void setTown(String v) { town = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String v) { organisation = v; }
    public String getAccountUsername() { return accountUsername; }
    public void setAccountUsername(String v) { accountUsername = v; }
}
