package cn.scast.tianfu.award;

import cn.scast.tianfu.evaluation.intake.IntakeClaim;

import java.time.LocalDate;

/** A nomination form as the award rules read it: the recommending unit's quota, one per person. */
record NominationClaim(String unitCode, String category, String title, String entrantName, String organisation,
                       String personKey, AuthorRole role, String regionCode, LocalDate publishedOn, String venue)
        implements IntakeClaim {

    @Override
    public String categoryField() {
        return "categoryCode";
    }

    @Override
    public String quotaUnit() {
        return unitCode;
    }
}
