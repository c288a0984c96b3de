package cn.scast.tianfu.popscience;

import java.io.Serializable;
import java.util.List;

/** A 科普 item as the editor writes it (screen and API). */
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
}
