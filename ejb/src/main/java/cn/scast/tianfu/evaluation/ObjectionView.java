package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.ChinaTime;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** An objection for the administrator's screen (the objector's contact is not shown to the public). */
public record ObjectionView(long id, long entryId, String entryTitle, String objectorName, String contact,
                            String reason, Instant filedAt, String status, String decisionReason, String decidedBy)
        implements Serializable {

    private static final DateTimeFormatter TIME = ChinaTime.MINUTES;

    public boolean open() {
        return "OPEN".equals(status);
    }

    public String filedAtText() {
        return TIME.format(filedAt);
    }
}
