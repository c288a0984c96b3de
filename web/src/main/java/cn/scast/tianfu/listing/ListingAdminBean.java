package cn.scast.tianfu.listing;

import cn.scast.tianfu.reference.City;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backs admin/listing/index: a lazy, filtered table of listings (the chosen one's matches: matching's ListingMatchesBean). */
@Named("listingAdmin")
@ViewScoped
public class ListingAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE_ID = "listingForm:listingTable";

    @EJB
    private ListingService listings;

    private String side;
    private String kind;
    private String city;
    private String title;

    private LazyDataModel<Listing> model;
    private List<City> cities;

    @PostConstruct
    void init() {
        cities = listings.cities();
        model = new ListingModel();
    }

    /** The city's name for the table (staff read names, not administrative codes); the code when unknown. */
    public String cityName(String code) {
        if (code == null) {
            return "";
        }
        return cities.stream().filter(c -> c.getCode().equals(code)).map(City::getName).findFirst().orElse(code);
    }

    /** Filters are read by the model on every load; nothing else to do but re-render the table. */
    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    ListingFilter filter() {
        return new ListingFilter(blank(side) ? null : MarketSide.valueOf(side),
                blank(kind) ? null : ListingType.valueOf(kind), null, blank(city) ? null : city, title);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private class ListingModel extends LazyDataModel<Listing> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, listings.list(filter(), 0, 1).total());
        }

        @Override
        public List<Listing> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ListingPage page = listings.list(filter(), first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(Listing listing) {
            return String.valueOf(listing.getId());
        }

        @Override
        public Listing getRowData(String rowKey) {
            List<Listing> shown = getWrappedData();
            if (shown != null) {
                for (Listing listing : shown) {
                    if (String.valueOf(listing.getId()).equals(rowKey)) {
                        return listing;
                    }
                }
            }
            return null;
        }
    }

    public MarketSide[] getSides() {
        return MarketSide.values();
    }

    public ListingType[] getKinds() {
        return ListingType.values();
    }

    public List<City> getCities() {
        return cities;
    }

    public LazyDataModel<Listing> getModel() {
        return model;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
