package cn.scast.tianfu.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The chair's and administrator's view of a round: normalised ranking, tiers, recusals, advancement. */
@Named
@ViewScoped
public class LeaderboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private JuryAssignments juryAssignments;

    @EJB
    private JurySheets jurySheets;

    @EJB
    private RoundResults roundResults;


    private Map<Long, String> rounds;
    private Long roundId;
    private Leaderboard board;
    private boolean allowed;

    /** Looked up per call: a view-scoped bean outlives the request whose context it would capture. */
    private static FacesContext ctx() {
        return FacesContext.getCurrentInstance();
    }

    @PostConstruct
    void load() {
        rounds = roundResults.roundNames();
        String param = ctx().getExternalContext().getRequestParameterMap().get("round");
        if (param != null && param.matches("\\d+") && rounds.containsKey(Long.valueOf(param))) {
            roundId = Long.valueOf(param);
        } else if (!rounds.isEmpty()) {
            roundId = rounds.keySet().iterator().next();
        }
        show();
    }

    public void show() {
        board = null;
        allowed = roundId != null && mayView(roundId);
        if (allowed) {
            board = roundResults.leaderboard(roundId);
        } else if (roundId != null) {
            EvaluationTexts.error(ctx(), null, EvaluationTexts.text(ctx(), "leaderboard.forbidden"));
        }
    }

    public void advance() {
        if (!allowed) {
            return;
        }
        try {
            AdvanceResult result = roundResults.advance(roundId);
            EvaluationTexts.info(ctx(), null, EvaluationTexts.text(ctx(), "leaderboard.advancedDone",
                    result.advancedEntryIds().size(), result.nextRoundName(), result.alreadyAdvanced()));
        } catch (EvaluationException e) {
            EvaluationTexts.error(ctx(), null, e.getMessage());
        }
        board = roundResults.leaderboard(roundId);
    }

    public void assignAutomatically() {
        if (!allowed) {
            return;
        }
        try {
            AssignmentSummary summary = juryAssignments.assignAutomatically(roundId);
            EvaluationTexts.info(ctx(), null, EvaluationTexts.text(ctx(), "leaderboard.assigned",
                    summary.assignments(), summary.loads().toString()));
            summary.shortfalls().forEach(s -> EvaluationTexts.error(ctx(), null, s));
        } catch (EvaluationException e) {
            EvaluationTexts.error(ctx(), null, e.getMessage());
        }
        board = roundResults.leaderboard(roundId);
    }

    private boolean mayView(long round) {
        ExternalContext external = ctx().getExternalContext();
        return external.isUserInRole("admin") || jurySheets.isChair(external.getRemoteUser(), round);
    }

    public List<Map.Entry<Long, String>> getRoundOptions() {
        return new ArrayList<>(rounds.entrySet());
    }

    public Long getRoundId() { return roundId; }
    public void setRoundId(Long roundId) { this.roundId = roundId; }
    public Leaderboard getBoard() { return board; }
    public boolean isAllowed() { return allowed; }
}
