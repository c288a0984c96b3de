package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.EvaluationRound;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.FormType;
import cn.scast.tianfu.evaluation.scoring.ScoreSheetException;
import cn.scast.tianfu.evaluation.scoring.ScoringForm;
import cn.scast.tianfu.evaluation.scoring.UnknownCriterionException;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static cn.scast.tianfu.evaluation.JurySheets.MSG_RANK_ALL;
import static cn.scast.tianfu.evaluation.JurySheets.MSG_VERDICT;
import static cn.scast.tianfu.evaluation.JurySheets.MSG_VERDICT_MISSING;
import static cn.scast.tianfu.evaluation.JurySheets.VERDICT_CODE;

/**
 * Checks the values a juror or chair writes on one sheet against the round's form and works out the sheet's
 * total; a draft may lack values, a complete sheet may not.
 */
final class SheetValidation {

    private SheetValidation() {
    }

    /** The sheet's total, or null for a draft that still lacks values; refuses values the form does not allow. */
    static BigDecimal checkedTotal(EvaluationRound round, Map<String, BigDecimal> values, boolean complete) {
        if (round.getFormType() == FormType.RANKING) {
            throw new EvaluationException(EvaluationException.Kind.NOT_ALLOWED, MSG_RANK_ALL);
        }
        if (round.getFormType() == FormType.PASS_FAIL) {
            return validateVerdict(round, values, complete);
        }
        ScoringForm form = round.form();
        Map<String, Criterion> byCode = new HashMap<>();
        form.criteria().forEach(c -> byCode.put(c.code(), c));
        for (String code : new TreeMap<>(values).keySet()) {
            if (!byCode.containsKey(code)) {
                throw new EvaluationException(EvaluationException.Kind.INVALID_SCORE,
                        new UnknownCriterionException(code).getMessage(), code);
            }
        }
        boolean allPresent = true;
        for (Criterion c : form.criteria()) {
            BigDecimal value = values.get(c.code());
            if (value == null) {
                allPresent = false;
                continue;
            }
            try {
                c.validate(value);
            } catch (ScoreSheetException e) {
                throw new EvaluationException(EvaluationException.Kind.INVALID_SCORE, e.getMessage(), c.code());
            }
        }
        if (!complete && !allPresent) {
            return null;
        }
        try {
            return form.weightedTotal(values);
        } catch (ScoreSheetException e) {
            String field = form.criteria().stream().filter(c -> !values.containsKey(c.code())).map(Criterion::code)
                    .findFirst().orElse(null);
            throw new EvaluationException(EvaluationException.Kind.INVALID_SCORE, e.getMessage(), field);
        }
    }

    /** A pass/fail sheet: only the verdict code, 1 or 0; its total is the form's pass score or zero. */
    private static BigDecimal validateVerdict(EvaluationRound round, Map<String, BigDecimal> values, boolean complete) {
        for (String code : new TreeMap<>(values).keySet()) {
            if (!VERDICT_CODE.equals(code)) {
                throw new EvaluationException(EvaluationException.Kind.INVALID_SCORE,
                        new UnknownCriterionException(code).getMessage(), code);
            }
        }
        BigDecimal verdict = values.get(VERDICT_CODE);
        if (verdict == null) {
            if (complete) {
                throw new EvaluationException(EvaluationException.Kind.INVALID_SCORE, MSG_VERDICT_MISSING, VERDICT_CODE);
            }
            return null;
        }
        boolean passed = verdict.compareTo(BigDecimal.ONE) == 0;
        if (!passed && verdict.signum() != 0) {
            throw new EvaluationException(EvaluationException.Kind.INVALID_SCORE, MSG_VERDICT, VERDICT_CODE);
        }
        return round.form().passFailTotal(passed);
    }

    /** The given values without null codes or values. */
    static Map<String, BigDecimal> nonNull(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> result = new HashMap<>();
        values.forEach((k, v) -> {
            if (k != null && v != null) {
                result.put(k, v);
            }
        });
        return result;
    }
}
