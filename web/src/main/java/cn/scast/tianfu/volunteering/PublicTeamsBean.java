package cn.scast.tianfu.volunteering;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The public list of 科技志愿服务队, by city. */
@Named
@RequestScoped
public class PublicTeamsBean {

    @EJB
    private VolunteerTeams teams;

    private String city;
    private List<TeamView> rows;

    public List<TeamView> getTeams() {
        if (rows == null) {
            rows = teams.published(city == null || city.matches("\\d{6}") ? city : null);
        }
        return rows;
    }

    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
}
