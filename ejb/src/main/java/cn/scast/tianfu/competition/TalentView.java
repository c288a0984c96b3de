package cn.scast.tianfu.competition;

import java.io.Serializable;
import java.time.Instant;

/** One person in the 乡土人才库. */
public record TalentView(long id, long editionId, long entryId, String name, String countyCode, String countyName,
                         String cityCode, String projectTitle, String tier, Instant enteredAt) implements Serializable {
}
