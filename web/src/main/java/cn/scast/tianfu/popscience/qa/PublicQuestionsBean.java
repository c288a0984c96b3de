package cn.scast.tianfu.popscience.qa;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The public 科普问答 list: answered questions by topic and city, newest answered first, a page at a time. */
@Named
@RequestScoped
public class PublicQuestionsBean {

    static final int PAGE_SIZE = 20;

    @EJB
    private PopScienceQuestions questions;

    private String topic;
    private String city;
    private String page;
    private QuestionPage result;

    public QuestionPage getResult() {
        if (result == null) {
            int number = page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
            result = questions.published(topic, city, null, number, PAGE_SIZE);
        }
        return result;
    }

    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
