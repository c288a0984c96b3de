package cn.scast.tianfu.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a recommending unit submits (REST body, screen form and import row alike). A class with public
 * fields: Payara's OpenAPI scanner fails on constraints of record components. Paper fields (author
 * role, publication date, region) are required by the paper rules, not here.
 */
public class NominationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank @Size(max = 16) public String unitCode;
    @NotBlank @Size(max = 32) public String categoryCode;
    @NotBlank @Size(max = 255) public String title;
    @NotBlank @Size(max = 64) public String nomineeName;
    @NotBlank @Size(max = 128) public String nomineeUnit;
    /** GB/T 2260 code of the place of the nominee's unit (市州 or 区县). */
    @Pattern(regexp = "\\d{6}", message = "须为 6 位行政区划代码") public String regionCode;
    /** FIRST, CORRESPONDING, OTHER or 第一作者/通讯作者/其他作者. */
    @Size(max = 16) public String authorRole;
    public LocalDate publishedOn;
    @Size(max = 128) public String venue;

    public NominationForm() {
    }

    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String v) { unitCode = v; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String v) { categoryCode = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getNomineeName() { return nomineeName; }
    public void setNomineeName(String v) { nomineeName = v; }
    public String getNomineeUnit() { return nomineeUnit; }
    public void setNomineeUnit(String v) { nomineeUnit = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public String getAuthorRole() { return authorRole; }
    public void setAuthorRole(String v) { authorRole = v; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate v) { publishedOn = v; }
    public String getVenue() { return venue; }
    public void setVenue(String v) { venue = v; }
}
