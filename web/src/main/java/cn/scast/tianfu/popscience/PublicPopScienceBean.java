package cn.scast.tianfu.popscience;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The public 智慧科普 list: published items, newest first, by topic and city (province-wide items in every city). */
@Named
@RequestScoped
public class PublicPopScienceBean {

    static final int PAGE = 60;
    static final int HOME = 6;

    @EJB
    private PopScienceItems items;

    private String topic;
    private String city;
    private List<PopScienceItemView> rows;

    public List<PopScienceItemView> getRows() {
        if (rows == null) {
            rows = items.published(topic, city, PAGE);
        }
        return rows;
    }

    /** The newest items for the home page. */
    public List<PopScienceItemView> getLatest() {
        return items.published(null, null, HOME);
    }

    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
}
