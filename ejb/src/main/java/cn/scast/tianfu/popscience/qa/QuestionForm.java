package cn.scast.tianfu.popscience.qa;

import java.io.Serializable;

/** A question as the asker enters it: title, text, topic and where it is about (city, optionally county and town). */
public class QuestionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String title;
    public String text;
    public String topic;
    public String cityCode;
    public String countyCode;
    public String town;

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { topic = v; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String v) { cityCode = v; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String v) { countyCode = v; }
    public String getTown() { return town; }
    public void setTown(String v) { town = v; }
}
