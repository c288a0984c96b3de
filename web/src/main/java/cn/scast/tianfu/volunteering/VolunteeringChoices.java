package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.account.ReferenceLists;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Map;

/** Cities and counties for the 科技志愿服务 pages. */
@Named
@RequestScoped
public class VolunteeringChoices {

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
