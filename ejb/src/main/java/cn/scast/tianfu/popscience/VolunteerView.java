package cn.scast.tianfu.popscience;

/** A 科普员 with the county's name; the public list leaves the mobile number out. */
public record VolunteerView(long id, String cityCode, String countyCode, String countyName, String town, String name,
                            String mobile, String organisation) {

    VolunteerView withoutMobile() {
        return new VolunteerView(id, cityCode, countyCode, countyName, town, name, null, organisation);
    }
}
