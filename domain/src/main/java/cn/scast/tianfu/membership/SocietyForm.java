package cn.scast.tianfu.membership;

import cn.scast.tianfu.membership.identity.MaxCodePoints;
import jakarta.validation.constraints.NotBlank;

import java.io.Serializable;

/** What an admin submits for a society. */
public class SocietyForm implements Serializable {

    @NotBlank(message = "{org.society.code.required}")
    @MaxCodePoints(16)
    private String code;
    @NotBlank(message = "{org.society.name.required}")
    @MaxCodePoints(64)
    private String name;
    @MaxCodePoints(16)
    private String disciplineCode;
    @MaxCodePoints(64)
    private String supervisingUnit;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDisciplineCode() { return disciplineCode; }
    public void setDisciplineCode(String disciplineCode) { this.disciplineCode = disciplineCode; }
    public String getSupervisingUnit() { return supervisingUnit; }
    public void setSupervisingUnit(String supervisingUnit) { this.supervisingUnit = supervisingUnit; }
}
