package cn.scast.tianfu.membership;

import cn.scast.tianfu.membership.identity.MaxCodePoints;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

import java.io.Serializable;

/** The contact fields of a city association, the only part that is edited. */
public class CityAssociationForm implements Serializable {

    @MaxCodePoints(32)
    private String contactPerson;
    /** A landline with area code (028-86123456) or a mobile number. */
    @Pattern(regexp = "((0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?)|(1[3-9]\\d{9}))?", message = "{association.phone.invalid}")
    private String contactPhone;
    @Email(message = "{member.email.invalid}")
    @MaxCodePoints(254)
    private String email;
    @MaxCodePoints(128)
    private String address;

    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
