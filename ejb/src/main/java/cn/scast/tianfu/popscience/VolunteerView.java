package cn.scast.tianfu.popscience;

/**
 * A 科普员 with the county's name and the username of the account linked for 科普问答 (or null); the public list leaves
 * the mobile number and the account out.
 */
public record VolunteerView(long id, String cityCode, String countyCode, String countyName, String town, String name,
                            String mobile, String organisation, String accountUsername) {

    VolunteerView withoutMobile() {
        return new VolunteerView(id, cityCode, countyCode, countyName, town, name, null, organisation, null);
    }
}
