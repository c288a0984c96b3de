package cn.scast.tianfu.it.popscience;

import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.JobAwait;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.Role;
import cn.scast.tianfu.popscience.Audience;
import cn.scast.tianfu.popscience.AudienceRule;
import cn.scast.tianfu.popscience.PopSciencePushes;
import cn.scast.tianfu.popscience.PopScienceTopic;
import cn.scast.tianfu.popscience.Region;
import cn.scast.tianfu.popscience.Topics;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 智慧科普 precise push: a 武侯区 item reaches exactly the subscribers inside 武侯区 who chose one of its topics, the
 * editor sees the audience before and the delivered and read counts after, and running the push job again delivers
 * nothing twice. Bad input is a Chinese problem+json; published items are public.
 */
@PlatformTest
@Isolated // compares province-wide audiences with every subscription in the database
class PopularSciencePushIT {

    private static final String PASSWORD = "Kepu2026pw";
    private static final String WUHOU = "\"cityCode\":\"510100\",\"countyCode\":\"510107\"";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PopularSciencePushIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AccountService")
    private AccountService accounts;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/PopSciencePushes")
    private PopSciencePushes pushes;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aCountyItemReachesExactlyTheSubscribersInsideTheCountyOnce() throws Exception {
        ApiCalls inCounty = subscriber("kpa", "{\"topics\":[\"HEALTH\"]," + WUHOU + "}");
        ApiCalls inTown = subscriber("kpb", "{\"topics\":[\"SAFETY\",\"SPACE\"]," + WUHOU + ",\"town\":\"浆洗街街道\"}");
        ApiCalls otherCounty = subscriber("kpc", "{\"topics\":[\"HEALTH\"],\"cityCode\":\"510100\",\"countyCode\":\"510104\"}");
        ApiCalls cityOnly = subscriber("kpd", "{\"topics\":[\"HEALTH\"],\"cityCode\":\"510100\"}");
        ApiCalls otherTopic = subscriber("kpe", "{\"topics\":[\"ENERGY\"]," + WUHOU + "}");
        ApiCalls otherCity = subscriber("kpf", "{\"topics\":[\"HEALTH\"],\"cityCode\":\"510300\"}");

        String title = "夏季防溺水安全知识" + suffix;
        long item = idOf(created(admin.post("v1/popscience/items", "{\"kind\":\"ARTICLE\",\"title\":\"" + title
                + "\",\"summary\":\"暑期将至，家长和孩子都应掌握的防溺水要点。\",\"body\":\"不私自下水游泳……\","
                + "\"topics\":[\"HEALTH\",\"SAFETY\"],\"audience\":\"PUBLIC\"," + WUHOU + "}")));
        assertTrue(ApiCalls.anonymous().get("v1/popscience/published/" + item).statusCode() == 404, "a draft is not public");
        assertEquals(2, figure(item, "audience"), "the audience the editor sees before sending");
        assertEquals(0, figure(item, "delivered"));

        HttpResponse<String> published = admin.post("v1/popscience/items/" + item + "/publication", "{}");
        assertEquals(200, published.statusCode(), published.body());
        long execution = number(published.body(), "pushExecutionId");
        assertEquals(BatchStatus.COMPLETED, JobAwait.end(jobs, execution).getBatchStatus());

        assertTrue(inbox(inCounty).contains(title), "a subscriber inside the county");
        assertTrue(inbox(inTown).contains(title), "a subscriber in a town of the county");
        for (ApiCalls outside : new ApiCalls[] {otherCounty, cityOnly, otherTopic, otherCity}) {
            assertFalse(inbox(outside).contains(title), "no one outside the county or the topics");
        }
        assertEquals(2, figure(item, "delivered"));
        assertEquals(0, figure(item, "read"));

        Properties again = new Properties();
        again.setProperty("itemId", String.valueOf(item));
        assertEquals(BatchStatus.COMPLETED, JobAwait.end(jobs, jobs.start("popscience-push", again)).getBatchStatus());
        assertEquals(1, inbox(inCounty).split("【天府科普】" + title, -1).length - 1, "delivered once however often the job runs");
        assertEquals(2, figure(item, "delivered"));

        long message = idOf(inbox(inCounty));
        assertEquals(200, inCounty.post("v1/account/inbox/" + message + "/read", "{}").statusCode());
        assertEquals(1, figure(item, "read"), "the read count follows the inbox");

        String publicItem = ApiCalls.anonymous().get("v1/popscience/published/" + item).body();
        assertTrue(publicItem.contains(title) && publicItem.contains("成都市武侯区"), publicItem);
    }

    @Test
    void publishedItemsArePublicPagesOnAPhoneSizedLayout() throws Exception {
        String title = "家庭用电安全小常识" + suffix;
        long item = idOf(created(admin.post("v1/popscience/items", "{\"kind\":\"VIDEO\",\"title\":\"" + title
                + "\",\"summary\":\"三分钟看懂插座、电热毯和充电器的安全用法。\",\"videoUrl\":\"https://example.cn/v/1\","
                + "\"topics\":[\"SAFETY\"],\"audience\":\"ELDERLY\"," + WUHOU + "}")));
        assertEquals(404, page("/public/popscience-item.xhtml?id=" + item).statusCode(), "a draft has no public page");
        assertEquals(200, admin.post("v1/popscience/items/" + item + "/publication", "{}").statusCode());

        HttpResponse<String> list = page("/public/popscience.xhtml?topic=SAFETY&city=510100");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("name=\"viewport\"") && list.body().contains(title)
                && list.body().contains("popscience-item.xhtml?id=" + item), list.body());
        assertFalse(page("/public/popscience.xhtml?city=510300").body().contains(title), "another city's list");
        HttpResponse<String> one = page("/public/popscience-item.xhtml?id=" + item);
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains(title) && one.body().contains("成都市武侯区") && one.body().contains("老年人")
                && one.body().contains("https://example.cn/v/1"), one.body());
        Await.until("the seed items are loaded and public", Duration.ofSeconds(180),
                () -> page("/public/popscience.xhtml?topic=SAFETY").body().contains("夏季防溺水安全须知"));
        String home = page("/public/index.xhtml").body();
        assertTrue(home.contains("智慧科普") && home.contains("popscience-item.xhtml?id="), "the newest items on the home page");
        HttpResponse<String> unknown = page("/public/popscience-item.xhtml?id=x1");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("没有这条已发布的科普内容") || unknown.body().contains("不存在"), unknown.body());
    }

    private static HttpResponse<String> page(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Deployments.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void badInputIsRefusedInChinese() throws Exception {
        HttpResponse<String> unknownTopic = admin.post("v1/popscience/items", "{\"kind\":\"ARTICLE\",\"title\":\"标题\","
                + "\"summary\":\"摘要\",\"topics\":[\"ASTROLOGY\"]}");
        assertEquals(400, unknownTopic.statusCode(), unknownTopic.body());
        assertTrue(unknownTopic.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(unknownTopic.body().contains("无法识别"), unknownTopic.body());

        HttpResponse<String> videoWithoutLink = admin.post("v1/popscience/items", "{\"kind\":\"VIDEO\",\"title\":\"标题\","
                + "\"summary\":\"摘要\",\"topics\":[\"SPACE\"]}");
        assertEquals(422, videoWithoutLink.statusCode(), videoWithoutLink.body());
        assertTrue(videoWithoutLink.body().contains("视频链接"), videoWithoutLink.body());

        HttpResponse<String> countyOfAnotherCity = admin.post("v1/popscience/items", "{\"kind\":\"ARTICLE\",\"title\":\"标题\","
                + "\"summary\":\"摘要\",\"topics\":[\"SPACE\"],\"cityCode\":\"510300\",\"countyCode\":\"510107\"}");
        assertEquals(422, countyOfAnotherCity.statusCode(), countyOfAnotherCity.body());
        assertTrue(countyOfAnotherCity.body().contains("区县应属于所选市州"), countyOfAnotherCity.body());

        assertEquals(401, ApiCalls.anonymous().post("v1/popscience/items", "{}").statusCode());
    }

    /**
     * The audience is counted by the database: for every kind of target (province, city, county, town; one topic or
     * several; the whole public or one group) the count equals the {@link AudienceRule} applied in Java to every
     * stored subscription.
     */
    @Test
    void theDatabaseCountsExactlyWhomTheAudienceRuleReaches() throws Exception {
        // in 德阳, where no other test's item looks: these subscriptions must not change another test's audience
        String jingyang = "\"cityCode\":\"510600\",\"countyCode\":\"510603\"";
        subscriber("aqa", "{\"topics\":[\"HEALTH\",\"SPACE\"],\"groups\":[\"ELDERLY\"]," + jingyang + "}");
        subscriber("aqb", "{\"topics\":[\"SPACE\"],\"groups\":[\"YOUTH\",\"FARMERS\"]," + jingyang + ",\"town\":\"旌阳街道\"}");
        subscriber("aqc", "{\"topics\":[\"AGRICULTURE\"],\"groups\":[\"FARMERS\"],\"cityCode\":\"510600\",\"countyCode\":\"510604\"}");
        subscriber("aqd", "{\"topics\":[\"HEALTH\"],\"cityCode\":\"510600\"}");
        subscriber("aqe", "{\"topics\":[\"ENERGY\",\"BASIC\"],\"groups\":[\"WORKERS\"],\"cityCode\":\"510600\",\"countyCode\":\"510681\"}");
        List<AudienceRule.Interest> stored = storedSubscriptions();
        assertTrue(stored.size() >= 5, stored.toString());

        List<Region> regions = List.of(new Region(null, null, null), new Region("510600", null, null),
                new Region("510600", "510603", null), new Region("510600", "510603", "旌阳街道"),
                new Region("510600", "510604", null), new Region("510300", null, null));
        List<Set<PopScienceTopic>> topicChoices = List.of(EnumSet.of(PopScienceTopic.HEALTH),
                EnumSet.of(PopScienceTopic.SPACE, PopScienceTopic.AGRICULTURE), EnumSet.allOf(PopScienceTopic.class),
                EnumSet.noneOf(PopScienceTopic.class));
        int reachingSomeone = 0;
        for (Region region : regions) {
            for (Set<PopScienceTopic> topics : topicChoices) {
                for (Audience audience : Audience.values()) {
                    AudienceRule.Target target = new AudienceRule.Target(region, topics, audience);
                    long expected = stored.stream().filter(interest -> AudienceRule.reaches(target, interest)).count();
                    assertEquals(expected, pushes.audienceOf(target).accounts(), target.toString());
                    reachingSomeone += expected > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(reachingSomeone > 20, "the targets tell the subscriptions apart: " + reachingSomeone);
    }

    private List<AudienceRule.Interest> storedSubscriptions() throws Exception {
        List<AudienceRule.Interest> stored = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT topics, audience_groups, city_code, county_code, town FROM popsci_subscription")) {
            while (rs.next()) {
                stored.add(new AudienceRule.Interest(new Region(rs.getString(3), rs.getString(4), rs.getString(5)),
                        Topics.split(rs.getString(1), PopScienceTopic.class), Topics.split(rs.getString(2), Audience.class)));
            }
        }
        return stored;
    }

    private ApiCalls subscriber(String prefix, String subscription) throws Exception {
        String username = prefix + suffix;
        accounts.createAccount(username, "科普订阅者" + username, PASSWORD.toCharArray(), EnumSet.of(Role.WORKER));
        ApiCalls calls = ApiCalls.as(username, PASSWORD);
        HttpResponse<String> chosen = calls.put("v1/popscience/subscription", subscription);
        assertEquals(200, chosen.statusCode(), chosen.body());
        return calls;
    }

    private long figure(long item, String name) throws Exception {
        HttpResponse<String> figures = admin.get("v1/popscience/items/" + item + "/push");
        assertEquals(200, figures.statusCode(), figures.body());
        return number(figures.body(), name);
    }

    private static String inbox(ApiCalls account) throws Exception {
        return account.get("v1/account/inbox").body();
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return Long.parseLong(m.group(1));
    }

    private static String created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }
}
