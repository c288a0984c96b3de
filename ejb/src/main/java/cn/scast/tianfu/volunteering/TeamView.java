package cn.scast.tianfu.volunteering;

import java.math.BigDecimal;

/** A team with its region's names, its leader and the hours its activities have credited in all. */
public record TeamView(long id, String name, String hostOrg, String cityCode, String cityName, String countyCode,
                       String countyName, String topics, String leaderUsername, String leaderName,
                       BigDecimal totalHours, long activities) {

    /** The public page leaves the leader's account name out. */
    TeamView forPublic() {
        return new TeamView(id, name, hostOrg, cityCode, cityName, countyCode, countyName, topics, null, leaderName,
                totalHours, activities);
    }
}
