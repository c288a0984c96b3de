package cn.scast.tianfu.account;

/**
 * The fields an approved 科技工作者 or 企事业单位 account edits on its profile. Workers use unit, discipline and county;
 * enterprises the contact person. The sign-in name (the mobile number registered with) does not change.
 */
public class ProfileForm {

    private String name;
    private String mobile;
    private String email;
    private String cityCode;
    private String countyCode;
    private String disciplineCode;
    private String unitName;
    private String contactPerson;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String countyCode) { this.countyCode = countyCode; }
    public String getDisciplineCode() { return disciplineCode; }
    public void setDisciplineCode(String disciplineCode) { this.disciplineCode = disciplineCode; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
}
