package cn.scast.tianfu.portal;

import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.ListingFilter;
import cn.scast.tianfu.listing.ListingService;
import cn.scast.tianfu.listing.ListingState;
import cn.scast.tianfu.listing.MarketSide;
import cn.scast.tianfu.matching.MatchReasonType;
import cn.scast.tianfu.matching.MatchingService;
import cn.scast.tianfu.matching.ProposedMatch;
import cn.scast.tianfu.reference.City;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Browse and search the published 所能 (supplies) and 所需 (demands) without signing in: a keyword query goes
 * through the matching index (the same analysis and ranking as matching), no query lists the newest. Contact
 * details are never shown here.
 */
@Named
@RequestScoped
public class PublicListingsBean {

    static final int PAGE = 30;

    @EJB
    private ListingService listings;

    @EJB
    private MatchingService matching;

    private String q;
    private String side = MarketSide.SUPPLY.name();
    private String city;
    private List<Row> rows;
    private Map<String, String> cityNames;

    /** One result line: the listing and, for a keyword search, the words it was found by. */
    public record Row(Listing listing, String foundBy) {
    }

    /** Reads the query parameters (a GET form, so a search is a link one can share) and runs the search. */
    public void load() {
        q = utf8QueryParameter("q").orElse(q);
        MarketSide wanted = MarketSide.DEMAND.name().equals(side) ? MarketSide.DEMAND : MarketSide.SUPPLY;
        side = wanted.name();
        String cityFilter = city == null || city.isBlank() ? null : city;
        if (q == null || q.isBlank()) {
            rows = listings.list(new ListingFilter(wanted, null, ListingState.PUBLISHED, cityFilter, null), 0, PAGE)
                    .items().stream().map(l -> new Row(l, null)).toList();
        } else {
            q = q.strip().length() > 100 ? q.strip().substring(0, 100) : q.strip();
            rows = matching.search(q, wanted, PAGE * 2).stream()
                    .filter(m -> cityFilter == null || cityFilter.equals(m.counterpart().getCityCode()))
                    .limit(PAGE)
                    .map(m -> new Row(m.counterpart(), foundBy(m)))
                    .toList();
        }
    }

    /**
     * A query-string parameter decoded as UTF-8, as the portal's forms send it. Payara decodes query strings as
     * ISO-8859-1, and its default-charset setting would also stamp a charset on binary downloads.
     */
    static java.util.Optional<String> utf8QueryParameter(String name) {
        Object request = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String query = request instanceof jakarta.servlet.http.HttpServletRequest http ? http.getQueryString() : null;
        if (query == null) {
            return java.util.Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                try {
                    return java.util.Optional.of(java.net.URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1),
                            java.nio.charset.StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String foundBy(ProposedMatch match) {
        String shared = match.match().detail(MatchReasonType.SHARED_TERMS);
        return shared == null ? null : shared;
    }

    public String cityName(String code) {
        if (cityNames == null) {
            cityNames = listings.cities().stream().collect(Collectors.toMap(City::getCode, City::getName));
        }
        return code == null ? "" : cityNames.getOrDefault(code, code);
    }

    public List<City> getCities() {
        return listings.cities();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
