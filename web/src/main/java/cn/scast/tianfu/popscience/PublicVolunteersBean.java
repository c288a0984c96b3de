package cn.scast.tianfu.popscience;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public 科普员 list of a city, one section per county. */
@Named
@RequestScoped
public class PublicVolunteersBean {

    @EJB
    private PopScienceVolunteers volunteers;

    private String city;
    private List<County> counties;

    /** One county's 科普员 in town order. */
    public record County(String name, List<VolunteerView> volunteers) {
    }

    public List<County> getCounties() {
        if (counties == null) {
            Map<String, List<VolunteerView>> byCounty = new LinkedHashMap<>();
            for (VolunteerView v : volunteers.published(city)) {
                byCounty.computeIfAbsent(v.countyName(), k -> new ArrayList<>()).add(v);
            }
            counties = byCounty.entrySet().stream().map(e -> new County(e.getKey(), e.getValue())).toList();
        }
        return counties;
    }

    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
}
