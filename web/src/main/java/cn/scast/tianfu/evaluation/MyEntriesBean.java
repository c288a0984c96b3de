package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.RecordAccessRefused;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import cn.scast.tianfu.evaluation.scoring.FormType;

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
    private JurySheets jurySheets;

    @EJB
    private EntryAttachments attachments;

    private String username;
    private List<JurorEntryView> entries = List.of();
    private List<JurorProgress> progress = List.of();
    private JurorEntryView selected;
    private List<ScoreRow> rows = new ArrayList<>();
    /** The selected entry's material (kind and size only: blind rounds hide who uploaded it). */
    private List<AttachmentView> materials = List.of();
    private FormType formType = FormType.WEIGHTED;
    /** Pass/fail rounds: "PASS", "FAIL" or null while undecided. */
    private String verdict;
    /** Ranking rounds: all of the juror's entries of the selected round. */
    private List<RankRow> ranking = new ArrayList<>();

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
        entries = jurySheets.myEntries(username);
        progress = jurySheets.progress(username);
    }

    public void open(long roundId, long entryId) {
        try {
            selected = jurySheets.entryForJuror(username, roundId, entryId);
            materials = materialsOf(entryId);
            formType = jurySheets.formType(roundId);
            verdict = verdictOf(selected);
            ranking = new ArrayList<>();
            for (JurorEntryView v : entries) {
                if (v.roundId() == roundId) {
                    BigDecimal place = v.scores().get(JurySheets.RANK_CODE);
                    ranking.add(new RankRow(v.entryId(), v.title(), place == null ? null : place.intValue()));
                }
            }
            rows = new ArrayList<>();
            for (CriterionView c : jurySheets.criteria(roundId)) {
                rows.add(new ScoreRow(c, selected.scores().get(c.code())));
            }
        } catch (EvaluationException e) {
            selected = null;
            EvaluationTexts.error(ctx(), null, e.getMessage());
        }
    }

    private List<AttachmentView> materialsOf(long entryId) {
        try {
            return attachments.list(entryId);
        } catch (RecordAccessRefused refused) {
            EvaluationTexts.error(ctx(), null, refused.getMessage());
            return List.of();
        }
    }

    public void saveDraft() {
        write(false);
    }

    public void submit() {
        write(true);
    }

    private static String verdictOf(JurorEntryView view) {
        BigDecimal v = view.scores().get(JurySheets.VERDICT_CODE);
        return v == null ? null : (v.signum() > 0 ? "PASS" : "FAIL");
    }

    private void write(boolean submit) {
        if (selected == null) {
            return;
        }
        if (formType == FormType.RANKING) {
            writeRanking(submit);
            return;
        }
        if (formType == FormType.PASS_FAIL) {
            writeVerdict(submit);
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
                jurySheets.submit(username, selected.roundId(), selected.entryId(), values, selected.version());
            } else {
                jurySheets.saveDraft(username, selected.roundId(), selected.entryId(), values, selected.version());
            }
            EvaluationTexts.info(ctx(), null,
                    EvaluationTexts.text(ctx(), submit ? "score.submitted" : "score.saved"));
            selected = jurySheets.entryForJuror(username, selected.roundId(), selected.entryId());
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

    private void writeVerdict(boolean submit) {
        Boolean passed = verdict == null ? null : "PASS".equals(verdict);
        try {
            if (submit) {
                jurySheets.submitVerdict(username, selected.roundId(), selected.entryId(), passed, selected.version());
            } else {
                jurySheets.saveVerdictDraft(username, selected.roundId(), selected.entryId(), passed, selected.version());
            }
            EvaluationTexts.info(ctx(), null, EvaluationTexts.text(ctx(), submit ? "score.submitted" : "score.saved"));
            selected = jurySheets.entryForJuror(username, selected.roundId(), selected.entryId());
        } catch (EvaluationException e) {
            EvaluationTexts.error(ctx(), e.field() == null ? null : FORM + ":verdict", e.getMessage());
            ctx().validationFailed();
        }
        refresh();
    }

    private void writeRanking(boolean submit) {
        Map<Long, Integer> places = new HashMap<>();
        for (RankRow r : ranking) {
            if (r.getPlace() != null) {
                places.put(r.getEntryId(), r.getPlace());
            }
        }
        try {
            if (submit) {
                jurySheets.submitRanking(username, selected.roundId(), places);
            } else {
                jurySheets.saveRankingDraft(username, selected.roundId(), places);
            }
            EvaluationTexts.info(ctx(), null, EvaluationTexts.text(ctx(), submit ? "rank.submitted" : "score.saved"));
            selected = jurySheets.entryForJuror(username, selected.roundId(), selected.entryId());
        } catch (EvaluationException e) {
            String clientId = null;
            for (int i = 0; i < ranking.size(); i++) {
                if (String.valueOf(ranking.get(i).getEntryId()).equals(e.field())) {
                    clientId = FORM + ":ranking:" + i + ":place";
                }
            }
            EvaluationTexts.error(ctx(), clientId, e.getMessage());
            ctx().validationFailed();
        }
        refresh();
    }

    /** Places 1..n offered in the ranking form. */
    public List<Integer> getPlaces() {
        List<Integer> places = new ArrayList<>();
        for (int i = 1; i <= ranking.size(); i++) {
            places.add(i);
        }
        return places;
    }

    public boolean isWeighted() { return formType == FormType.WEIGHTED; }
    public boolean isPassFail() { return formType == FormType.PASS_FAIL; }
    public boolean isRankingForm() { return formType == FormType.RANKING; }
    public String getVerdict() { return verdict; }
    public void setVerdict(String verdict) { this.verdict = verdict; }
    public List<RankRow> getRanking() { return ranking; }

    public boolean isEditable() {
        return selected != null && !selected.submitted();
    }

    public List<JurorEntryView> getEntries() { return entries; }
    public List<JurorProgress> getProgress() { return progress; }
    public JurorEntryView getSelected() { return selected; }
    public List<ScoreRow> getRows() { return rows; }
    public List<AttachmentView> getMaterials() { return materials; }

    /** Where the score sheet opens an attachment: the API, served inline to the signed-in juror. */
    public String materialUrl(AttachmentView material) {
        return ctx().getExternalContext().getRequestContextPath() + "/api/v1/evaluation/entries/"
                + selected.entryId() + "/attachments/" + material.slug();
    }

    /** The size as jurors read it: KB below a megabyte, MB above. */
    public static String sizeText(AttachmentView material) {
        int bytes = material.sizeBytes();
        return bytes < 1024 * 1024 ? Math.max(1, (bytes + 512) / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public String sizeOf(AttachmentView material) {
        return sizeText(material);
    }
}
