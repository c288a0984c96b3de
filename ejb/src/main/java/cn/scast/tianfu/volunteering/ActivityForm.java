package cn.scast.tianfu.volunteering;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An activity as its team leader or staff publish it; times are China time (2026-12-10T09:00). */
public class ActivityForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public Long teamId;
    public String title;
    public String description;
    public String place;
    public String countyCode;
    public LocalDateTime startsAt;
    public LocalDateTime endsAt;
    public Integer capacity;
    public BigDecimal hours;

    public Long getTeamId() { return teamId; }
    public void setTeamId(Long v) { teamId = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String v) { countyCode = v; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime v) { startsAt = v; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime v) { endsAt = v; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer v) { capacity = v; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal v) { hours = v; }
}
