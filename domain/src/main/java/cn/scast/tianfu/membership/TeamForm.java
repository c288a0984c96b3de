package cn.scast.tianfu.membership;

import cn.scast.tianfu.membership.identity.MaxCodePoints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What an admin or city staff submits for a team; members are worker ids (the leader is added anyway). */
public class TeamForm implements Serializable {

    public static final int MAX_MEMBERS = 100;

    @NotBlank(message = "{team.name.required}")
    @MaxCodePoints(64)
    private String name;
    @NotNull(message = "{team.leader.required}")
    private Long leaderId;
    @Size(max = MAX_MEMBERS, message = "{team.members.tooMany}")
    private List<Long> memberIds = new ArrayList<>();
    @MaxCodePoints(16)
    private String disciplineCode;
    @NotBlank(message = "{member.city.required}")
    private String cityCode;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getLeaderId() { return leaderId; }
    public void setLeaderId(Long leaderId) { this.leaderId = leaderId; }
    public List<Long> getMemberIds() { return memberIds; }
    public void setMemberIds(List<Long> memberIds) { this.memberIds = memberIds == null ? new ArrayList<>() : memberIds; }
    public String getDisciplineCode() { return disciplineCode; }
    public void setDisciplineCode(String disciplineCode) { this.disciplineCode = disciplineCode; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
}
