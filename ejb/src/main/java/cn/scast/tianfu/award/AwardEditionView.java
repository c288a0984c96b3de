package cn.scast.tianfu.award;

import java.io.Serializable;
import java.time.LocalDate;

/** An award edition for pickers and the API. */
public record AwardEditionView(long editionId, String type, String programme, int year, String name,
                               LocalDate publicationFrom, LocalDate publicationTo, Integer places)
        implements Serializable {
}
