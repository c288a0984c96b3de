package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.ChinaTime;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An edition's public notice (公示): period, state and the proposed awardees in award order. */
public record NoticeView(long noticeId, long editionId, String editionName, Instant startsAt, Instant endsAt,
                         String status, boolean acceptingObjections, long openObjections, List<NoticeLine> lines)
        implements Serializable {

    private static final DateTimeFormatter TIME = ChinaTime.MINUTES;

    public NoticeView {
        lines = List.copyOf(lines);
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    /** The period in Beijing time, e.g. "2026-12-01 09:00 至 2026-12-08 09:00". */
    public String periodText() {
        return TIME.format(startsAt) + " 至 " + TIME.format(endsAt);
    }
}
