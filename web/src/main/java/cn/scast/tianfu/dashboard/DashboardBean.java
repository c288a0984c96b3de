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
    private List<MonthFigures> months;
    private List<StaffFigures> staff;
    private List<KpiSnapshot> documented;
    private MarketTotals market;
    private List<CityMarketFigures> marketCities;
    private List<ListingMonthFigures> listingMonths;
    private List<DocumentedComparison> compared;

    @PostConstruct
    void load() {
        totals = dashboard.totals();
        cities = dashboard.byCity();
        months = dashboard.byMonth();
        staff = dashboard.byStaff(10);
        documented = dashboard.documentedFigures();
        market = dashboard.marketTotals();
        marketCities = dashboard.marketByCity();
        listingMonths = dashboard.listingsByMonth();
        compared = dashboard.comparedWithDocuments();
    }

    public PlatformTotals getTotals() {
        return totals;
    }

    public List<CityFigures> getCities() {
        return cities;
    }

    public List<StaffFigures> getStaff() {
        return staff;
    }

    public List<KpiSnapshot> getDocumented() {
        return documented;
    }

    public MarketTotals getMarket() {
        return market;
    }

    public List<CityMarketFigures> getMarketCities() {
        return marketCities;
    }

    public List<DocumentedComparison> getCompared() {
        return compared;
    }

    public String getUserChart() {
        return ChartJson.bar(marketCities.stream().map(CityMarketFigures::name).toList(), List.of(
                ChartJson.series("科技工作者", marketCities.stream().map(c -> (Number) c.workers()).toList(), "#2e7d32"),
                ChartJson.series("企事业单位", marketCities.stream().map(c -> (Number) c.organisations()).toList(),
                        "#6a1b9a")));
    }

    public String getListingCityChart() {
        return ChartJson.bar(marketCities.stream().map(CityMarketFigures::name).toList(), List.of(
                ChartJson.series("所能（供给）", marketCities.stream().map(c -> (Number) c.supplies()).toList(), "#1565c0"),
                ChartJson.series("所需（需求）", marketCities.stream().map(c -> (Number) c.demands()).toList(), "#ef6c00")));
    }

    public String getListingMonthChart() {
        return ChartJson.line(listingMonths.stream().map(ListingMonthFigures::month).toList(), List.of(
                ChartJson.series("所能（供给）", listingMonths.stream().map(m -> (Number) m.supplies()).toList(), "#1565c0"),
                ChartJson.series("所需（需求）", listingMonths.stream().map(m -> (Number) m.demands()).toList(), "#ef6c00")));
    }

    public String getCityChart() {
        return ChartJson.bar(cities.stream().map(CityFigures::name).toList(), List.of(
                ChartJson.series("保姆单", cities.stream().map(c -> (Number) c.orders()).toList(), "#b71c1c"),
                ChartJson.series("签约单", cities.stream().map(c -> (Number) c.signedOrders()).toList(), "#f9a825")));
    }

    public String getMonthChart() {
        return ChartJson.line(months.stream().map(MonthFigures::month).toList(), List.of(
                ChartJson.series("签约金额（万元）", months.stream().map(m -> (Number) m.dealAmountWanYuan()).toList(),
                        "#1565c0"),
                ChartJson.series("新建保姆单", months.stream().map(m -> (Number) m.orders()).toList(), "#b71c1c")));
    }
}
