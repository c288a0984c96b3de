package cn.scast.tianfu.membership;

import cn.scast.tianfu.membership.identity.MaxCodePoints;
import cn.scast.tianfu.membership.identity.ValidIssn;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.io.Serializable;

/** What an admin submits for a journal (科技期刊). The code is the natural key and does not change. */
public class JournalForm implements Serializable {

    @NotBlank(message = "{journal.code.required}")
    @Pattern(regexp = "[A-Z][A-Z0-9]{1,15}", message = "{journal.code.invalid}")
    private String code;
    @NotBlank(message = "{journal.name.required}")
    @MaxCodePoints(64)
    private String name;
    private Long societyId;
    @ValidIssn
    private String issn;
    @Pattern(regexp = "(\\d{2}-\\d{4}/[A-Z][A-Z0-9]{0,3})?", message = "{journal.cn.invalid}")
    private String cn;
    @MaxCodePoints(16)
    private String disciplineCode;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getSocietyId() { return societyId; }
    public void setSocietyId(Long societyId) { this.societyId = societyId; }
    public String getIssn() { return issn; }
    public void setIssn(String issn) { this.issn = issn; }
    public String getCn() { return cn; }
    public void setCn(String cn) { this.cn = cn; }
    public String getDisciplineCode() { return disciplineCode; }
    public void setDisciplineCode(String disciplineCode) { this.disciplineCode = disciplineCode; }
}
