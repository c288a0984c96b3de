package cn.scast.tianfu.portal;

import cn.scast.tianfu.dashboard.DashboardService;
import cn.scast.tianfu.dashboard.DocumentedComparison;
import cn.scast.tianfu.evaluation.NoticeView;
import cn.scast.tianfu.evaluation.PublicNotices;
import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.ListingFilter;
import cn.scast.tianfu.listing.ListingService;
import cn.scast.tianfu.listing.ListingState;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Set;

/** The public home page: the platform's live figures in the documents' units, the newest listings and notices. */
@Named
@RequestScoped
public class PublicHomeBean {

    /** The figures the home page shows, by their dashboard labels: users, listings, orders, amounts. */
    private static final Set<String> HOME_FIGURES = Set.of("平台用户账户", "科技工作者（团队）", "企事业单位", "发布科技供需",
            "“保姆式”服务", "科技供需交易额");
    private static final int LATEST = 8;

    @EJB
    private DashboardService dashboard;

    @EJB
    private ListingService listings;

    @EJB
    private PublicNotices notices;

    private List<DocumentedComparison> figures;
    private List<Listing> latest;
    private List<NoticeView> latestNotices;

    @PostConstruct
    void load() {
        figures = dashboard.comparedWithDocuments().stream().filter(f -> HOME_FIGURES.contains(f.label())).toList();
        latest = listings.list(new ListingFilter(null, null, ListingState.PUBLISHED, null, null), 0, LATEST).items();
        latestNotices = notices.all().stream().limit(5).toList();
    }

    public List<DocumentedComparison> getFigures() {
        return figures;
    }

    public List<Listing> getLatest() {
        return latest;
    }

    public List<NoticeView> getNotices() {
        return latestNotices;
    }
}
