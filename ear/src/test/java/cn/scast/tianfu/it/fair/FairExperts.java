package cn.scast.tianfu.it.fair;

import cn.scast.tianfu.evaluation.JuryAssignments;
import cn.scast.tianfu.evaluation.JurySheets;
import cn.scast.tianfu.evaluation.LeaderboardLine;
import cn.scast.tianfu.evaluation.RoundResults;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.Role;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 科创会 review panel of the fair tests: three expert logins with the jury-member role, and their
 * scoring through the engine's jury service (the service the jury screen calls, as each expert).
 */
final class FairExperts {

    static final String PASSWORD = "Tianfu@2026";
    static final String[][] PANEL = {
            {"fairexpert1", "刘志成", "四川省科学技术信息研究所"},
            {"fairexpert2", "何丽娟", "四川省农业科学院"},
            {"fairexpert3", "邓卫东", "中国科学院成都分院"}};

    private static final Pattern ROUND = Pattern.compile("\"roundId\":(\\d+)");

    private FairExperts() {
    }

    /** Creates the expert logins once; later tests and runs find them. */
    static void ensureAccounts(AccountService accounts) {
        for (String[] e : PANEL) {
            if (accounts.findByUsername(e[0]).isEmpty()) {
                accounts.createAccount(e[0], e[1], PASSWORD.toCharArray(), EnumSet.of(Role.JURY_MEMBER));
            }
        }
    }

    /** One panel line per expert as the REST body takes it. */
    static String panelJson(int experts, String chair) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < experts; i++) {
            json.append(i == 0 ? "" : ",").append("{\"username\":\"").append(PANEL[i][0])
                    .append("\",\"organisation\":\"").append(PANEL[i][2]).append("\",\"chair\":")
                    .append(PANEL[i][0].equals(chair)).append('}');
        }
        return json.append(']').toString();
    }

    /** The scoring round of a year's review, as the office's REST view reports it. */
    static long roundOf(int year) throws Exception {
        String body = ApiCalls.as("admin", PASSWORD).get("v1/fair/" + year + "/review").body();
        Matcher m = ROUND.matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    /**
     * Every assigned expert submits the marks given for the project's title (技术先进性, 技术成熟度, 市场前景,
     * 带动效益); expert k (0-based in assignment order) adds k points to 技术先进性, so the mean of three
     * experts is the given total + 1.
     */
    static void scoreAll(JuryAssignments juryAssignments, JurySheets jurySheets, RoundResults roundResults, long round,
                         Map<String, int[]> marksByTitle) {
        Map<Long, List<String>> assigned = juryAssignments.assignments(round);
        for (LeaderboardLine line : roundResults.leaderboard(round).lines()) {
            int[] marks = marksByTitle.get(line.title());
            List<String> experts = assigned.get(line.entryId());
            assertTrue(marks != null && experts != null && !experts.isEmpty(), "marks and experts for " + line.title());
            for (int k = 0; k < experts.size(); k++) {
                jurySheets.submit(experts.get(k), round, line.entryId(), Map.of(
                        "ADVANCED", BigDecimal.valueOf(marks[0] + k), "MATURITY", BigDecimal.valueOf(marks[1]),
                        "MARKET", BigDecimal.valueOf(marks[2]), "BENEFIT", BigDecimal.valueOf(marks[3])), null);
            }
        }
        assertEquals(marksByTitle.size(), roundResults.leaderboard(round).lines().size(), "every project scored");
    }
}
