package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.ListingService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The match panel of admin/listing/index: the top matches of the listing chosen in the table, with their reasons. */
@Named("listingMatches")
@ViewScoped
public class ListingMatchesBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int TOP_MATCHES = 10;

    @EJB
    private ListingService listings;

    @EJB
    private MatchingService matching;

    private Listing selected;
    private List<MatchRow> matches = List.of();

    public void select(long id) {
        selected = listings.find(id).orElse(null);
        if (selected == null) {
            matches = List.of();
            return;
        }
        List<ProposedMatch> found = matching.matchesFor(id, TOP_MATCHES);
        List<MatchRow> rows = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            rows.add(new MatchRow(i + 1, found.get(i)));
        }
        matches = rows;
    }

    public Listing getSelected() {
        return selected;
    }

    public List<MatchRow> getMatches() {
        return matches;
    }
}
