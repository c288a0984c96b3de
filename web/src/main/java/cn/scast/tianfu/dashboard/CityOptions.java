package cn.scast.tianfu.dashboard;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The 21 cities for selection lists, in the official order. */
@Named
@RequestScoped
public class CityOptions {

    @EJB
    private DashboardService dashboard;

    private java.util.Map<String, String> names;

    public List<CityFigures> getCities() {
        return dashboard.byCity();
    }

    /** City code → name, loaded once per request. */
    public java.util.Map<String, String> getNames() {
        if (names == null) {
            names = dashboard.cityNames();
        }
        return names;
    }
}
