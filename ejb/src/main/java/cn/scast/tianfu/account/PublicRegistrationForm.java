package cn.scast.tianfu.account;

/**
 * 公众 self-registration as entered (page or POST /api/v1/registrations/public): a member of the public who asks
 * 科普 questions, votes, signs up for volunteer activities. Checked by SelfRegistrationService.
 */
public class PublicRegistrationForm {

    private String name;
    private String mobile;
    private String email;
    private String password;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
