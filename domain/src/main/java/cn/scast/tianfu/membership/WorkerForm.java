package cn.scast.tianfu.membership;

import cn.scast.tianfu.membership.identity.MaxCodePoints;
import cn.scast.tianfu.membership.identity.ValidMobilePhone;
import cn.scast.tianfu.membership.identity.ValidResidentIdNumber;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import java.io.Serializable;

/**
 * What an admin (screen or API) submits for a worker. The ID number is only required on creation;
 * on update a blank ID number keeps the stored one.
 */
public class WorkerForm implements Serializable {

    @NotBlank(message = "{member.name.required}")
    @MaxCodePoints(32)
    private String name;
    @ValidResidentIdNumber
    private String idNumber;
    @ValidMobilePhone
    private String mobile;
    @Email(message = "{member.email.invalid}")
    @MaxCodePoints(254)
    private String email;
    @NotBlank(message = "{member.city.required}")
    private String cityCode;
    private String countyCode;
    @MaxCodePoints(16)
    private String disciplineCode;
    @MaxCodePoints(64)
    private String title;
    private Long organisationId;
    @MaxCodePoints(64)
    private String accountUsername;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
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
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getAccountUsername() { return accountUsername; }
    public void setAccountUsername(String accountUsername) { this.accountUsername = accountUsername; }
}
