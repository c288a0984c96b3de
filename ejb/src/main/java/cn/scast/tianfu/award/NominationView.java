package cn.scast.tianfu.award;

import java.io.Serializable;
import java.time.LocalDate;

/** A nomination as lists and the API show it; {@code created} is false when an import found it already there. */
public record NominationView(long id, long editionId, long entryId, String unitCode, String categoryCode,
                             String title, String nomineeName, String nomineeUnit, String authorRole,
                             LocalDate publishedOn, String nominatedBy, boolean created) implements Serializable {

    static NominationView of(Nomination n, boolean created) {
        return new NominationView(n.getId(), n.getEditionId(), n.getEntryId(), n.getUnitCode(), n.getCategoryCode(),
                n.getTitle(), n.getNomineeName(), n.getNomineeUnit(),
                n.getAuthorRole() == null ? null : n.getAuthorRole().label(), n.getPublishedOn(), n.getNominatedBy(),
                created);
    }
}
