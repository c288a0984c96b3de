package cn.scast.tianfu.account;

/** 企事业单位 self-registration as entered (page or POST /api/v1/registrations/enterprises); checked by SelfRegistrationService. */
public class EnterpriseRegistrationForm {

    private String creditCode;
    private String name;
    private String contactPerson;
    private String mobile;
    private String email;
    private String cityCode;
    private String password;

    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
