package cn.scast.tianfu.popscience.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import cn.scast.tianfu.platform.RuleViolation;
import cn.scast.tianfu.popscience.Audience;
import cn.scast.tianfu.popscience.PopScienceItem;
import cn.scast.tianfu.popscience.PopScienceKind;
import cn.scast.tianfu.popscience.PopScienceTopic;
import cn.scast.tianfu.popscience.Region;
import cn.scast.tianfu.popscience.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * popsci_items.csv: external_id,kind,title,summary,body,video_url,activity_time,activity_place,topics,audience,
 * city_code,county_code,town; topics separated by semicolons. Upserts by external_id; loaded items are published
 * (they are not pushed: pushing is the editor's decision on the screen). The same rules as the screen apply.
 */
@ApplicationScoped
public class ItemImport implements ImportTarget {

    @Inject
    private Clock clock;

    public ItemImport() {
    }

    /** With a clock of the test's choosing; the container injects the China clock. */
    ItemImport(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "popsci-item";
    }

    @Override
    public String inboxFilePrefix() {
        return "popsci_items_";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("external_id", "kind", "title", "summary", "body", "video_url", "activity_time",
                "activity_place", "topics", "audience", "city_code", "county_code", "town");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String externalId = fields.required("external_id", 64);
        PopScienceKind kind = one(fields, "kind", PopScienceKind.class);
        Audience audience = one(fields, "audience", Audience.class);
        Set<PopScienceTopic> topics = topics(fields);
        PopScienceItem item = new PopScienceItem("import", clock.instant());
        Region region;
        try {
            region = new Region(fields.optional("city_code", 6), fields.optional("county_code", 6),
                    fields.optional("town", 64));
        } catch (RuleViolation e) {
            throw fields.reject("county_code", e.getMessage());
        }
        try {
            item.describe(kind, fields.required("title", 200), fields.required("summary", 500),
                    fields.optional("body", 20000), fields.optional("video_url", 500),
                    fields.optional("activity_time", 64), fields.optional("activity_place", 200), clock.instant());
            item.target(topics, audience, region);
        } catch (RuleViolation e) {
            throw fields.reject(kind == PopScienceKind.VIDEO ? "video_url" : "activity_time", e.getMessage());
        }
        Timestamp now = Timestamp.from(clock.instant());
        return Arrays.asList(externalId, item.getKind().name(), item.getTitle(), item.getSummary(), item.getBody(),
                item.getVideoUrl(), item.getActivityTime(), item.getActivityPlace(), Topics.join(item.topicSet()),
                item.getAudience().name(), item.getCityCode(), item.getCountyCode(), item.getTown(), now, now);
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO popsci_item (external_id, kind, title, summary, body, video_url, activity_time, "
                + "activity_place, topics, audience, city_code, county_code, town, published, published_at, created_by, "
                + "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 'import', ?, 0) "
                + "ON DUPLICATE KEY UPDATE kind = VALUES(kind), title = VALUES(title), summary = VALUES(summary), "
                + "body = VALUES(body), video_url = VALUES(video_url), activity_time = VALUES(activity_time), "
                + "activity_place = VALUES(activity_place), topics = VALUES(topics), audience = VALUES(audience), "
                + "city_code = VALUES(city_code), county_code = VALUES(county_code), town = VALUES(town), "
                + "updated_at = VALUES(updated_at), version = version + 1";
    }

    @Override
    public String uniqueKeyColumn() {
        return "external_id";
    }

    @Override
    public String uniqueKey(List<Object> parameters) {
        return (String) parameters.get(0);
    }

    private static <E extends Enum<E>> E one(RowFields fields, String column, Class<E> type) throws RowRejectedException {
        String value = fields.required(column, 16);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw fields.reject(column, "字段「" + column + "」的值「" + value + "」无效，可选："
                    + String.join("、", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    private static Set<PopScienceTopic> topics(RowFields fields) throws RowRejectedException {
        String value = fields.required("topics", 200);
        Set<PopScienceTopic> topics = EnumSet.noneOf(PopScienceTopic.class);
        for (String name : value.split("[;；]")) {
            try {
                topics.add(PopScienceTopic.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw fields.reject("topics", "科普主题「" + name.strip() + "」无效，可选："
                        + String.join("、", Arrays.stream(PopScienceTopic.values()).map(Enum::name).toList()));
            }
        }
        return topics;
    }
}
