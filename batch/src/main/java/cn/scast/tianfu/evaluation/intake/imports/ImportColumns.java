package cn.scast.tianfu.evaluation.intake.imports;

/** Maps a form field named by a refusal (camelCase) to the file's column (snake_case). */
public final class ImportColumns {

    private ImportColumns() {
    }

    public static String of(String field, String fallback) {
        if (field == null || field.isBlank()) {
            return fallback;
        }
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
