package cn.scast.tianfu.evaluation.intake.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import cn.scast.tianfu.platform.RefusedInput;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An import of submissions to editions (nominations, contest entries): each row names its programme and year, and
 * goes through the intake rules of the screens (Bean Validation, the programme's rules, the quota) in its own
 * transaction; the upsert records which submission the file produced, by its id, so a second run changes nothing.
 * A refusal is reported against the column of the field it names.
 *
 * @param <F> the programme's form
 */
public abstract class SubmissionImport<F> implements ImportTarget {

    private final String name;
    private final String filePrefix;
    private final String programmeColumn;
    private final String editionNoun;
    private final Set<String> requiredColumns;
    private final String importTable;
    private final String idColumn;

    /**
     * @param programmeColumn the column naming the programme (type code or name), e.g. award; it and year are
     *                        required besides {@code otherRequiredColumns}
     * @param editionNoun     "评奖" or "竞赛", as in 没有「PAPER」2097 年度的评奖届次
     * @param importTable     the table recording which submission a file produced, by {@code idColumn}
     */
    protected SubmissionImport(String name, String filePrefix, String programmeColumn, String editionNoun,
                               Set<String> otherRequiredColumns, String importTable, String idColumn) {
        this.name = name;
        this.filePrefix = filePrefix;
        this.programmeColumn = programmeColumn;
        this.editionNoun = editionNoun;
        Set<String> required = new HashSet<>(otherRequiredColumns);
        required.add(programmeColumn);
        required.add("year");
        this.requiredColumns = Set.copyOf(required);
        this.importTable = importTable;
        this.idColumn = idColumn;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String inboxFilePrefix() {
        return filePrefix;
    }

    @Override
    public int chunkSize() {
        return 100;
    }

    @Override
    public Set<String> requiredColumns() {
        return requiredColumns;
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String programme = fields.required(programmeColumn, 32);
        int year = fields.integer("year", 2000, 2100);
        long edition = edition(programme, year).orElseThrow(() -> fields.reject(programmeColumn,
                "没有「" + programme + "」" + year + " 年度的" + editionNoun + "届次"));
        F form = form(fields);
        try {
            return List.of(submit(edition, form), edition, row.lineNumber());
        } catch (RefusedInput refused) {
            throw fields.reject(ImportColumns.of(refused.field(), "title"), refused.getMessage());
        }
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO " + importTable + " (" + idColumn + ", edition_id, first_line) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE " + idColumn + " = " + idColumn;
    }

    /** The edition of a programme (type code or programme name) and year. */
    protected abstract Optional<Long> edition(String programme, int year);

    /** The row's form fields. */
    protected abstract F form(RowFields fields) throws RowRejectedException;

    /**
     * Submits the form in a transaction of its own (a refused row must not roll back its chunk); the id of the
     * submission, new or found again.
     */
    protected abstract long submit(long editionId, F form);
}
