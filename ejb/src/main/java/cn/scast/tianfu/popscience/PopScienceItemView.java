package cn.scast.tianfu.popscience;

import java.time.Instant;
import java.util.List;

/** A 科普 item as shown on pages and in the API, with Chinese labels and the region's names. */
public record PopScienceItemView(long id, String kind, String kindLabel, String title, String summary, String body,
                                 String videoUrl, String activityTime, String activityPlace, List<String> topics,
                                 List<String> topicLabels, String audience, String audienceLabel, String cityCode,
                                 String countyCode, String town, String regionName, boolean published,
                                 Instant publishedAt, Long pushExecutionId) {

    static PopScienceItemView of(PopScienceItem item, String regionName) {
        List<PopScienceTopic> topics = item.topicSet().stream().toList();
        return new PopScienceItemView(item.getId(), item.getKind().name(), item.getKind().label(), item.getTitle(),
                item.getSummary(), item.getBody(), item.getVideoUrl(), item.getActivityTime(), item.getActivityPlace(),
                topics.stream().map(Enum::name).toList(), topics.stream().map(PopScienceTopic::label).toList(),
                item.getAudience().name(), item.getAudience().label(), item.getCityCode(), item.getCountyCode(),
                item.getTown(), regionName, item.isPublished(), item.getPublishedAt(), item.getPushExecutionId());
    }

    public String topicText() {
        return String.join("、", topicLabels);
    }
}
