package cn.scast.tianfu.membership;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * A team as lists and the API show it. Members carry only id and name (a team list is no way round the
 * privacy of workers' contact fields); {@code members} is null in search results.
 */
public record TeamView(Long id, String name, Long leaderId, String leaderName, String disciplineCode, String cityCode,
                       int memberCount, List<Member> members) implements Serializable {

    public record Member(Long id, String name) implements Serializable {
    }

    static TeamView summary(Team t, int memberCount) {
        return new TeamView(t.getId(), t.getName(), t.getLeader().getId(), t.getLeader().getName(), t.getDisciplineCode(),
                t.getCityCode(), memberCount, null);
    }

    static TeamView full(Team t) {
        List<Member> members = t.getMembers().stream().map(w -> new Member(w.getId(), w.getName()))
                .sorted(Comparator.comparing(Member::name).thenComparing(Member::id)).toList();
        return new TeamView(t.getId(), t.getName(), t.getLeader().getId(), t.getLeader().getName(), t.getDisciplineCode(),
                t.getCityCode(), members.size(), members);
    }
}
