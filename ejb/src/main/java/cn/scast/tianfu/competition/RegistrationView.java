package cn.scast.tianfu.competition;

import java.io.Serializable;
import java.util.List;

/** A registration as lists and the API show it; {@code created} is false when an import found it already there. */
public record RegistrationView(long id, long editionId, long entryId, String categoryCode, String title,
                               String entrantName, String cityCode, String countyCode, String school, String tutor,
                               boolean team, List<String> members, boolean noveltyReport, boolean created)
        implements Serializable {

    /** Members joined by 、 for lists. */
    public String membersText() {
        return String.join("、", members);
    }

    static RegistrationView of(Registration r, boolean report, boolean created) {
        return new RegistrationView(r.getId(), r.getEditionId(), r.getEntryId(), r.getCategoryCode(), r.getTitle(),
                r.getEntrantName(), r.getCityCode(), r.getCountyCode(), r.getSchool(), r.getTutor(), r.isTeam(),
                r.getMembers(), report, created);
    }
}
