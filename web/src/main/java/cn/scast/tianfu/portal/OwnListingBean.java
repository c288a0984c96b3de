package cn.scast.tianfu.portal;

import cn.scast.tianfu.web.Messages;
import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.ListingConflictException;
import cn.scast.tianfu.listing.ListingRejectedException;
import cn.scast.tianfu.listing.ListingService;
import cn.scast.tianfu.listing.ListingState;
import cn.scast.tianfu.listing.NewListing;
import cn.scast.tianfu.listing.OwnListings;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.reference.City;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One own listing on the portal (/account/listing.xhtml?id=…): edit its texts, publish a draft, withdraw it. Only the
 * account that published it may open it; anyone else gets the Chinese 403 page. Changes go through the same service,
 * checks and audit as the API.
 */
@Named
@ViewScoped
public class OwnListingBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Fields the page shows a message next to; refusals of other fields are shown at the top. */
    private static final java.util.Set<String> FIELDS = java.util.Set.of("title", "keywords", "cityCode",
            "amountWanYuan", "description");

    @EJB
    private OwnListings own;

    @EJB
    private ListingService listings;

    private Long id;
    private String kindLabel;
    private ListingState status;
    private String title;
    private String keywords;
    private String description;
    private String cityCode;
    private BigDecimal amountWanYuan;

    /** View action: loads the listing, refusing another account's (403) before anything is shown. */
    public void load() {
        if (id == null || !own.owns(id)) {
            throw new RecordAccessRefused("只能查看和修改自己发布的供需信息");
        }
        show(listings.get(id));
    }

    private void show(Listing listing) {
        kindLabel = listing.getKind().label();
        status = listing.getStatus();
        title = listing.getTitle();
        keywords = listing.getKeywords();
        description = listing.getDescription();
        cityCode = listing.getCityCode();
        amountWanYuan = listing.getAmountWanYuan();
    }

    public void save() {
        try {
            Listing listing = listings.get(id);
            show(listings.update(id, new NewListing(null, null, listing.getKind().name(), title, description, keywords,
                    listing.getDisciplineCode(), listing.getIndustryCode(), cityCode, amountWanYuan, null, false)));
            Messages.info(Messages.of("pt", "notice.saved"));
        } catch (ListingRejectedException e) {
            for (FieldError error : e.errors()) {
                String target = FIELDS.contains(error.field()) ? "listingForm:" + error.field() : null;
                FacesContext.getCurrentInstance().addMessage(target,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
            }
        } catch (ListingConflictException e) {
            Messages.error(e.getMessage());
        }
    }

    public void publish() {
        change(ListingState.PUBLISHED, "已发布");
    }

    public void withdraw() {
        change(ListingState.CLOSED, "已撤回，不再参与匹配");
    }

    private void change(ListingState target, String done) {
        try {
            show(listings.changeStatus(id, target));
            Messages.info(done);
        } catch (ListingConflictException e) {
            Messages.error(e.getMessage());
        }
    }

    public boolean isEditable() {
        return status != ListingState.CLOSED;
    }

    public boolean isPublishable() {
        return status == ListingState.DRAFT;
    }

    public boolean isWithdrawable() {
        return status == ListingState.DRAFT || status == ListingState.PUBLISHED || status == ListingState.MATCHED;
    }

    public List<City> getCities() {
        return listings.cities();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getKindLabel() { return kindLabel; }
    public String getStatusLabel() { return status == null ? "" : status.label(); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public BigDecimal getAmountWanYuan() { return amountWanYuan; }
    public void setAmountWanYuan(BigDecimal amountWanYuan) { this.amountWanYuan = amountWanYuan; }
}
