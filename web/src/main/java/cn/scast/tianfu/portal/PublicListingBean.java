package cn.scast.tianfu.portal;

import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.ListingService;
import cn.scast.tianfu.listing.ListingState;
import cn.scast.tianfu.reference.City;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;

/**
 * One published listing for the public: what is offered or wanted, where, in which field; never who or how to reach
 * them (that is what the introduction by a 科服保姆 is for). Drafts, closed and unknown listings are a Chinese 404.
 */
@Named
@RequestScoped
public class PublicListingBean {

    @EJB
    private ListingService listings;

    /** The id as given in the address: text, so that a malformed one is a 404 like an unknown one. */
    private String id;
    private Listing listing;

    public void load() throws IOException {
        Long key = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        listing = key == null ? null : listings.find(key).filter(l -> l.getStatus() == ListingState.PUBLISHED).orElse(null);
        if (listing == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "没有这条公开的供需信息");
            faces.responseComplete();
        }
    }

    public String getCityName() {
        return listing == null || listing.getCityCode() == null ? "" : listings.cities().stream()
                .filter(c -> c.getCode().equals(listing.getCityCode())).map(City::getName).findFirst()
                .orElse(listing.getCityCode());
    }

    public Listing getListing() {
        return listing;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
