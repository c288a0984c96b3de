package cn.scast.tianfu.competition;

import cn.scast.tianfu.evaluation.intake.IntakeClaim;

import java.util.List;

/**
 * A registration form as the contest rules read it: the city whose quota it uses (a rural entrant's from the
 * county), the category (youth: school level and subject; rural: the track) and the members, the entrant first.
 */
record RegistrationClaim(String title, String entrantName, String category, String categoryField, String cityCode,
                         String countyCode, String countyName, SchoolLevel level, String subject, String school,
                         String tutor, List<String> members) implements IntakeClaim {

    @Override
    public String organisation() {
        return school != null ? school : countyName;
    }

    @Override
    public String quotaUnit() {
        return cityCode;
    }
}
