package cn.scast.tianfu.evaluation.assignment;

/**
 * An entry that could not get the required number of jurors: only {@code available} jurors of its
 * category are free of conflicts. All of them are assigned; the administrator has to add jurors or
 * accept fewer opinions, so the gap is reported instead of hidden.
 */
public record Shortfall(String entryId, String category, int required, int available) {

    /** Chinese message for the administration screen. */
    public String message() {
        return "作品「" + entryId + "」（" + category + "）需要 " + required + " 名评委，仅有 "
                + available + " 名无回避的评委可分配";
    }
}
