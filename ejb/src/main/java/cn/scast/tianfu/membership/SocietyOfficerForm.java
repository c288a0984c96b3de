package cn.scast.tianfu.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What the province office submits for a society officer (学会工作人员): the login, the officer's name, the society
 * the officer acts for and the initial password, which the officer must replace at the first sign-in.
 */
public class SocietyOfficerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "请填写登录账号")
    @Pattern(regexp = "[A-Za-z0-9_.@-]{3,64}", message = "{account.username.invalid}")
    private String username;
    @NotBlank(message = "请填写姓名")
    @Size(max = 64, message = "姓名最多 64 个字符")
    private String displayName;
    @NotNull(message = "请选择学会")
    private Long societyId;
    private String initialPassword;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Long getSocietyId() { return societyId; }
    public void setSocietyId(Long societyId) { this.societyId = societyId; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
}
