package cn.scast.tianfu.competition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A contest registration (REST body, screen form and import row alike); a class with public fields for
 * Payara's OpenAPI scanner. Which of the optional fields are needed depends on the contest (youth: school
 * level, subject, school, tutor; rural: county and track).
 */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank @Size(max = 255) public String title;
    @NotBlank @Size(max = 64) public String entrantName;
    @Pattern(regexp = "51\\d{4}", message = "须为四川省市州代码，如 510100") public String cityCode;
    @Pattern(regexp = "51\\d{4}", message = "须为四川省区县代码，如 510104") public String countyCode;
    /** 小学/初中/高中 or PRIMARY/JUNIOR/SENIOR. */
    @Size(max = 8) public String schoolLevel;
    @Size(max = 32) public String subject;
    @Size(max = 128) public String school;
    @Size(max = 64) public String tutor;
    /** Rural track (组别). */
    @Size(max = 32) public String track;
    /** Other group members in order; empty for an individual project (names checked by the service). */
    public List<String> members = new ArrayList<>();

    public RegistrationForm() {
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getEntrantName() { return entrantName; }
    public void setEntrantName(String v) { entrantName = v; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String v) { cityCode = v; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String v) { countyCode = v; }
    public String getSchoolLevel() { return schoolLevel; }
    public void setSchoolLevel(String v) { schoolLevel = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getSchool() { return school; }
    public void setSchool(String v) { school = v; }
    public String getTutor() { return tutor; }
    public void setTutor(String v) { tutor = v; }
    public String getTrack() { return track; }
    public void setTrack(String v) { track = v; }
    public List<String> getMembers() { return members; }
    public void setMembers(List<String> v) { members = v; }
}
