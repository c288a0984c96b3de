package cn.scast.tianfu.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Map;

/** The 21 cities (code → name, in the official order) and the counties of one, for the pages' region choices. */
@Named
@RequestScoped
public class CityChoices {

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
}
