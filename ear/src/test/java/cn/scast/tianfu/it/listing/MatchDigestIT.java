package cn.scast.tianfu.it.listing;

import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.JobAwait;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.Role;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Properties;
import java.util.UUID;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weekly digest job tells an account of this week's new matches of its listings, once per week however often it runs. */
@PlatformTest
class MatchDigestIT {

    private static final String PASSWORD = "Digest2026pw";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(MatchDigestIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AccountService")
    private AccountService accounts;

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");

    @Test
    void anOwnerGetsOneDigestAWeekWithTheNewCounterparts() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String username = "dg" + suffix;
        accounts.createAccount(username, "周报企业" + suffix, PASSWORD.toCharArray(), EnumSet.of(Role.ENTERPRISE));
        ApiCalls owner = ApiCalls.as(username, PASSWORD);
        String marker = "茶多酚" + suffix;
        long demand = idOf(created(owner.post("v1/listings", "{\"kind\":\"REQUIREMENT\",\"title\":\"" + marker
                + "提取工艺需求\",\"keywords\":\"" + marker + ";提取工艺\",\"cityCode\":\"511800\"}")));
        long supply = idOf(created(admin.post("v1/listings", "{\"kind\":\"ACHIEVEMENT\",\"title\":\"" + marker
                + "高效提取成果\",\"keywords\":\"" + marker + ";提取工艺\",\"cityCode\":\"511800\"}")));
        Await.until("the new supply is matched", Duration.ofSeconds(30),
                () -> owner.get("v1/listings/" + demand + "/matches?limit=10").body().contains("\"listingId\":" + supply));

        String monday = LocalDate.now(ZoneId.of("Asia/Shanghai")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
        assertEquals(BatchStatus.COMPLETED, run(monday).getBatchStatus());
        assertEquals(BatchStatus.COMPLETED, run(monday).getBatchStatus());

        String inbox = owner.get("v1/account/inbox").body();
        assertTrue(inbox.contains(marker + "高效提取成果"), inbox);
        assertEquals(1, inbox.split("本周新匹配", -1).length - 1, "one digest for the week, however often the job runs: " + inbox);
    }

    private JobExecution run(String week) throws InterruptedException {
        Properties parameters = new Properties();
        parameters.setProperty("week", week);
        return JobAwait.end(jobs, jobs.start("weekly-match-digest", parameters));
    }

    private static String created(java.net.http.HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }
}
