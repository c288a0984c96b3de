package cn.scast.tianfu.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The juror's screen: assigned entries of open rounds, the scoring form, draft/submit, progress. */
@Named
@ViewScoped
public class MyEntriesBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "scoreForm";

    @EJB
    private EvaluationService evaluation;


    private String username;
    private List<JurorEntryView> entries = List.of();
    private List<JurorProgress> progress = List.of();
    private JurorEntryView selected;
    private List<ScoreRow> rows = new ArrayList<>();

    /** Looked up per call: a view-scoped bean outlives the request whose context it would capture. */
    private static FacesContext ctx() {
        return FacesContext.getCurrentInstance();
    }

    @PostConstruct
    void load() {
        username = ctx().getExternalContext().getRemoteUser();
        refresh();
    }

    private void refresh() {
        entries = evaluation.myEntries(username);
        progress = evaluation.progress(username);
    }

    public void open(long roundId, long entryId) {
        try {
            selected = evaluation.entryForJuror(username, roundId, entryId);
            rows = new ArrayList<>();
            for (CriterionView c : evaluation.criteria(roundId)) {
                rows.add(new ScoreRow(c, selected.scores().get(c.code())));
            }
        } catch (EvaluationException e) {
            selected = null;
            EvaluationTexts.error(ctx(), null, e.getMessage());
        }
    }

    public void saveDraft() {
        write(false);
    }

    public void submit() {
        write(true);
    }

    private void write(boolean submit) {
        if (selected == null) {
            return;
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (ScoreRow r : rows) {
            if (r.getValue() != null) {
                values.put(r.getCode(), r.getValue());
            }
        }
        try {
            if (submit) {
                evaluation.submit(username, selected.roundId(), selected.entryId(), values, selected.version());
            } else {
                evaluation.saveDraft(username, selected.roundId(), selected.entryId(), values, selected.version());
            }
            EvaluationTexts.info(ctx(), null,
                    EvaluationTexts.text(ctx(), submit ? "score.submitted" : "score.saved"));
            selected = evaluation.entryForJuror(username, selected.roundId(), selected.entryId());
        } catch (EvaluationException e) {
            String clientId = null;
            if (e.field() != null) {
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).getCode().equals(e.field())) {
                        clientId = FORM + ":criteria:" + i + ":score";
                    }
                }
            }
            EvaluationTexts.error(ctx(), clientId, e.getMessage());
            ctx().validationFailed();
        }
        refresh();
    }

    public boolean isEditable() {
        return selected != null && !selected.submitted();
    }

    public List<JurorEntryView> getEntries() { return entries; }
    public List<JurorProgress> getProgress() { return progress; }
    public JurorEntryView getSelected() { return selected; }
    public List<ScoreRow> getRows() { return rows; }
}
