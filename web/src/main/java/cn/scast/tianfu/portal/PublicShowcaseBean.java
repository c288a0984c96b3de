package cn.scast.tianfu.portal;

import cn.scast.tianfu.evaluation.NoticeView;
import cn.scast.tianfu.evaluation.PublicNotices;
import cn.scast.tianfu.fair.FairProject;
import cn.scast.tianfu.fair.FairProjectType;
import cn.scast.tianfu.fair.FairService;
import cn.scast.tianfu.listing.ListingService;
import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.reference.City;
import cn.scast.tianfu.workstation.Workstation;
import cn.scast.tianfu.workstation.WorkstationService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The public showcases: the 科创会's published projects by year and list, the 院士(专家)工作站 by city with their
 * host units, and every 公示 notice and published result in one list.
 */
@Named
@RequestScoped
public class PublicShowcaseBean {

    private static final int YEARS_SHOWN = 5;

    @EJB
    private FairService fair;

    @EJB
    private WorkstationService workstations;

    @EJB
    private PublicNotices notices;

    @EJB
    private ListingService listings;

    private String year;
    private String type;

    /** One city's stations, for the list by city. */
    public record CityStations(String cityName, List<Workstation> stations) {
    }

    public int getShownYear() {
        int current = LocalDate.now(ChinaTime.ZONE).getYear();
        try {
            int wanted = Integer.parseInt(year == null ? "" : year.strip());
            return wanted >= current - YEARS_SHOWN && wanted <= current + 1 ? wanted : current;
        } catch (NumberFormatException e) {
            return current;
        }
    }

    public FairProjectType getShownType() {
        return Arrays.stream(FairProjectType.values()).filter(t -> t.name().equals(type)).findFirst()
                .orElse(FairProjectType.ACHIEVEMENT);
    }

    public List<Integer> getYears() {
        int current = LocalDate.now(ChinaTime.ZONE).getYear();
        return IntStream.rangeClosed(0, YEARS_SHOWN).map(i -> current - i).boxed().toList();
    }

    public FairProjectType[] getTypes() {
        return FairProjectType.values();
    }

    public List<FairProject> getProjects() {
        return fair.recommended(getShownYear(), getShownType());
    }

    public List<CityStations> getStationsByCity() {
        Map<String, String> names = listings.cities().stream()
                .collect(Collectors.toMap(City::getCode, City::getName, (a, b) -> a, LinkedHashMap::new));
        Map<String, List<Workstation>> byCity = workstations.all().stream()
                .sorted(Comparator.comparing(Workstation::getName))
                .collect(Collectors.groupingBy(Workstation::getCityCode));
        return names.entrySet().stream().filter(e -> byCity.containsKey(e.getKey()))
                .map(e -> new CityStations(e.getValue(), byCity.get(e.getKey()))).toList();
    }

    public List<NoticeView> getNotices() {
        return notices.all();
    }

    public String cityName(String code) {
        return listings.cities().stream().filter(c -> c.getCode().equals(code)).map(City::getName).findFirst()
                .orElse(code == null ? "" : code);
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
