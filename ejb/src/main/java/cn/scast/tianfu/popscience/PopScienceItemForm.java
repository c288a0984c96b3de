package cn.scast.tianfu.popscience;

import java.io.Serializable;
import java.util.List;

/** A 科普 item as the editor writes it (screen and API); public fields for the OpenAPI scanner, accessors for the screen. */
public class PopScienceItemForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String kind;
    public String title;
    public String summary;
    public String body;
    public String videoUrl;
    public String activityTime;
    public String activityPlace;
    public List<String> topics;
    public String audience;
    public String cityCode;
    public String countyCode;
    public String town;

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public String getVideoUrl() { return videoUrl; }
    public void setVideoUrl(String v) { videoUrl = v; }
    public String getActivityTime() { return activityTime; }
    public void setActivityTime(String v) { activityTime = v; }
    public String getActivityPlace() { return activityPlace; }
    public void setActivityPlace(String v) { activityPlace = v; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> v) { topics = v; }
    public String getAudience() { return audience; }
    public void setAudience(String v) { audience = v; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String v) { cityCode = v; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String v) { countyCode = v; }
    public String getTown() { return town; }
    public void setTown(String v) { town = v; }
}
