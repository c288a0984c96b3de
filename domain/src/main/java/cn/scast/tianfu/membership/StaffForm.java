package cn.scast.tianfu.membership;

import cn.scast.tianfu.membership.identity.MaxCodePoints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.io.Serializable;

/**
 * What an admin submits for a 科服保姆. The username is the login; when no login of that name exists
 * yet, one is created with role city-staff and {@code initialPassword}. The password is never stored
 * in this form's audit trail.
 */
public class StaffForm implements Serializable {

    @NotBlank(message = "{staff.username.required}")
    @Pattern(regexp = "[A-Za-z0-9_.@-]{3,64}", message = "{account.username.invalid}")
    private String username;
    @NotBlank(message = "{staff.displayName.required}")
    @MaxCodePoints(64)
    private String displayName;
    @NotNull(message = "{staff.association.required}")
    private Long cityAssociationId;
    @Pattern(regexp = "((?=.*[A-Za-z])(?=.*\\d).{8,128})?", message = "{staff.password.weak}")
    private String initialPassword;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Long getCityAssociationId() { return cityAssociationId; }
    public void setCityAssociationId(Long cityAssociationId) { this.cityAssociationId = cityAssociationId; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
}
