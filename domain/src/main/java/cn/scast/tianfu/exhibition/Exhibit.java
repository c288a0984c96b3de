package cn.scast.tianfu.exhibition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One exhibit of the online exhibition: a person of a collection, with field, unit, city and a short story. */
@Entity
@Table(name = "exhibit")
public class Exhibit {

    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 32;
    public static final int FIELD_MAX = 64;
    public static final int UNIT_MAX = 100;
    public static final int CITY_MAX = 32;
    public static final int STORY_MAX = 1000;
    public static final int PORTRAIT_MAX = 200;

    @Id
    @Column(length = CODE_MAX)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ExhibitCollection collection;

    @Column(name = "award_year")
    private Integer awardYear;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = FIELD_MAX)
    private String field;

    @Column(length = UNIT_MAX)
    private String unit;

    @Column(length = CITY_MAX)
    private String city;

    @Column(nullable = false, length = STORY_MAX)
    private String story;

    @Column(name = "portrait_path", length = PORTRAIT_MAX)
    private String portraitPath;

    @Column(nullable = false)
    private boolean demo;

    protected Exhibit() {
    }

    public String getCode() { return code; }
    public ExhibitCollection getCollection() { return collection; }
    public Integer getAwardYear() { return awardYear; }
    public String getName() { return name; }
    public String getField() { return field; }
    public String getUnit() { return unit; }
    public String getCity() { return city; }
    public String getStory() { return story; }
    public String getPortraitPath() { return portraitPath; }
    public boolean isDemo() { return demo; }

    /** The surname (first character after a "示例·" mark), drawn on the generated portrait placeholder. */
    public String getInitial() {
        String shown = name == null ? "" : name.substring(name.lastIndexOf('·') + 1).strip();
        return shown.isEmpty() ? "" : shown.substring(0, shown.offsetByCodePoints(0, 1));
    }
}
