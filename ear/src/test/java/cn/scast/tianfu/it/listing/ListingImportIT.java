package cn.scast.tianfu.it.listing;

import cn.scast.tianfu.imports.ImportKind;
import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.it.support.Database;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.JobAwait;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.ListingService;
import cn.scast.tianfu.listing.ListingState;
import cn.scast.tianfu.matching.ListingChangeFeed;
import cn.scast.tianfu.matching.MatchReasonType;
import cn.scast.tianfu.matching.MatchingService;
import cn.scast.tianfu.matching.ProposedMatch;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The listing import job: good rows land published (once), bad rows are reported, the index learns the rows. */
@PlatformTest
class ListingImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ListingImportIT.class, JobAwait.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/ListingService")
    private ListingService listings;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/MatchingService")
    private MatchingService matching;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/ListingChangeFeed")
    private ListingChangeFeed feed;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Test
    void importedListingsArePublishedMatchedAndBadRowsReported() throws Exception {
        Path file = Files.createTempDirectory("listing-it").resolve("listings.csv");
        Files.writeString(file, String.join("\r\n",
                "external_id,side,kind,title,description,keywords,discipline_code,industry_code,city_code,amount_wan_yuan,owner_name",
                "IT-D1,DEMAND,RESEARCH_CHALLENGE,钙钛矿光伏组件稳定性攻关,揭榜挂帅：提升钙钛矿光伏组件湿热稳定性,钙钛矿;光伏组件;稳定性,430,38,510100,800,成都某光伏企业",
                "IT-S1,SUPPLY,ACHIEVEMENT,钙钛矿光伏组件封装技术,钙钛矿光伏组件封装与稳定性提升成果,钙钛矿;光伏组件;封装,430,38,510100,,四川大学",
                "IT-S2,SUPPLY,TECH_SERVICE,未知学科的服务,描述,词,99999,38,510100,,某单位",
                "IT-S3,DEMAND,HIGH_TECH,方向不一致,描述,词,430,38,510100,,某单位",
                "IT-S4,SUPPLY,TECH_SERVICE,,描述,词,430,38,510100,,某单位") + "\r\n", StandardCharsets.UTF_8);

        long outboxBefore = count("SELECT COALESCE(MAX(id), 0) FROM listing_change");
        JobExecution first = run(file);
        long outboxAfterFirst = count("SELECT COALESCE(MAX(id), 0) FROM listing_change");
        JobExecution second = run(file);

        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus(), first.getExitStatus());
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus(), second.getExitStatus());
        Listing demand = listings.findByExternalId("IT-D1").orElseThrow();
        Listing supply = listings.findByExternalId("IT-S1").orElseThrow();
        assertEquals(ListingState.PUBLISHED, demand.getStatus());
        assertEquals("钙钛矿;光伏组件;稳定性", demand.getKeywords());
        assertEquals(0, new java.math.BigDecimal("800").compareTo(demand.getAmountWanYuan()));
        assertEquals(2, count("SELECT COUNT(*) FROM listing WHERE external_id LIKE 'IT-%'"), "D1 and S1, once each");
        assertEquals(List.of("listings.csv:4:discipline_code", "listings.csv:5:kind", "listings.csv:6:title"),
                rejectsOf(jobs.instanceId(first.getExecutionId())));

        assertEquals(2, count("SELECT COUNT(*) FROM listing_change WHERE id > " + outboxBefore
                + " AND listing_id IN (" + demand.getId() + ", " + supply.getId() + ")"), "one outbox row per imported listing");
        assertEquals(0, count("SELECT COUNT(*) FROM listing_change WHERE id > " + outboxAfterFirst
                + " AND listing_id IN (" + demand.getId() + ", " + supply.getId() + ")"), "the unchanged second run changed nothing");

        // no rebuild: the outbox brings the imported rows into the index (a failure shows how far the feed got)
        Await.value("the index learns the imported rows", Duration.ofSeconds(60),
                () -> indexState(demand.getId(), supply.getId()), IndexState::supplyMatched);
        // other tests' listings may share the words; the imported counterpart must be among the best, explained
        ProposedMatch imported = matching.matchesFor(demand.getId(), 10).stream()
                .filter(m -> m.listingId() == supply.getId()).findFirst()
                .orElseThrow(() -> new AssertionError("the imported supply is among the demand's matches"));
        String shared = imported.match().detail(MatchReasonType.SHARED_TERMS);
        assertTrue(shared.contains("钙钛矿") && shared.contains("光伏组件"), shared);
    }

    /** What the demand's matches and the outbox feed look like while the test waits. */
    record IndexState(boolean supplyMatched, long feedPosition, long outboxHead, String changeIds, List<Long> matches) {
    }

    private IndexState indexState(long demandId, long supplyId) throws Exception {
        List<Long> matched = matching.matchesFor(demandId, 10).stream().map(ProposedMatch::listingId).toList();
        return new IndexState(matched.contains(supplyId), feed.position(),
                count("SELECT COALESCE(MAX(id), 0) FROM listing_change"),
                text("SELECT GROUP_CONCAT(id ORDER BY id) FROM listing_change WHERE listing_id IN (" + demandId + ", "
                        + supplyId + ")"), matched);
    }

    private JobExecution run(Path file) throws InterruptedException {
        return JobAwait.end(jobs, jobs.start(ImportKind.JOB, ImportKind.jobParameters("listing", file.toString(), null)));
    }

    private List<String> rejectsOf(long instanceId) throws Exception {
        return Database.rejectsOf(dataSource, instanceId);
    }

    private long count(String sql) throws Exception {
        return Database.count(dataSource, sql);
    }

    private String text(String sql) throws Exception {
        return Database.text(dataSource, sql);
    }
}
