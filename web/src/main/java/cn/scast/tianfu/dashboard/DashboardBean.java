package cn.scast.tianfu.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** Backs the dashboard page; loads its figures once per request. */
@Named
@RequestScoped
public class DashboardBean {

    @EJB
    private DashboardService dashboard;

    private PlatformTotals totals;
    private List<CityFigures> cities;

    @PostConstruct
    void load() {
        totals = dashboard.totals();
        cities = dashboard.byCity();
    }

    public PlatformTotals getTotals() {
        return totals;
    }

    public List<CityFigures> getCities() {
        return cities;
    }
}
