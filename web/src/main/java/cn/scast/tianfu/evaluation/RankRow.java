package cn.scast.tianfu.evaluation;

import java.io.Serializable;

/** One entry in a juror's ranking form with the place being edited (null = not placed yet). */
public class RankRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long entryId;
    private final String title;
    private Integer place;

    RankRow(long entryId, String title, Integer place) {
        this.entryId = entryId;
        this.title = title;
        this.place = place;
    }

    public long getEntryId() { return entryId; }
    public String getTitle() { return title; }
    public Integer getPlace() { return place; }
    public void setPlace(Integer place) { this.place = place; }
}
