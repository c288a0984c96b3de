package cn.scast.tianfu.membership;

import cn.scast.tianfu.membership.identity.MaxCodePoints;
import cn.scast.tianfu.membership.identity.ValidCreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/** What an admin submits for an organisation. */
public class OrganisationForm implements Serializable {

    @NotNull(message = "{org.type.required}")
    private OrganisationType type;
    @NotBlank(message = "{org.name.required}")
    @MaxCodePoints(64)
    private String name;
    @NotBlank(message = "{org.creditCode.required}")
    @ValidCreditCode
    private String creditCode;
    @NotBlank(message = "{member.city.required}")
    private String cityCode;

    public OrganisationType getType() { return type; }
    public void setType(OrganisationType type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
}
