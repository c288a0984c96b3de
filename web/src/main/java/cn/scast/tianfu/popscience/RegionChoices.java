package cn.scast.tianfu.popscience;

import cn.scast.tianfu.account.ReferenceLists;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Choices for the 智慧科普 pages: cities, counties of a city, topics, audiences and kinds with their labels. */
@Named
@RequestScoped
public class RegionChoices {

    @EJB
    private ReferenceLists references;

    private Map<String, String> cities;

    public Map<String, String> getCities() {
        if (cities == null) {
            cities = references.cities();
        }
        return cities;
    }

    public Map<String, String> counties(String cityCode) {
        return cityCode == null || cityCode.isBlank() ? Map.of() : references.counties(cityCode);
    }

    public List<PopScienceTopic> getTopics() {
        return Arrays.asList(PopScienceTopic.values());
    }

    public List<Audience> getAudiences() {
        return Arrays.asList(Audience.values());
    }

    public List<PopScienceKind> getKinds() {
        return Arrays.asList(PopScienceKind.values());
    }
}
