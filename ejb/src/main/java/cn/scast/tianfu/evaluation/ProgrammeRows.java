package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.ChinaTime;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Rows of the programme management screen (records for EL: read them with {@code row.name()}). */
public final class ProgrammeRows {

    private static final DateTimeFormatter TIME = ChinaTime.MINUTES;

    private ProgrammeRows() {
    }

    public record Programme(long id, String kind, String name) implements Serializable {
    }

    public record Edition(long id, long programmeId, int year, String name) implements Serializable {
    }

    public record Category(long id, String code, String name) implements Serializable {
    }

    public record Round(long id, int seq, String name, Instant opensAt, Instant closesAt, String formType, boolean blind,
                        int jurorsPerEntry, int advancingPlaces, String tierScheme, String criteria)
            implements Serializable {
        public String window() {
            return TIME.format(opensAt) + " 至 " + TIME.format(closesAt);
        }
    }

    public record Juror(long id, String username, String displayName, String organisation, String categories,
                        boolean chair) implements Serializable {
    }

    public record Entry(long id, String title, String entrantName, String organisation, String categoryName)
            implements Serializable {
    }
}
