package cn.scast.tianfu.award.imports;

import cn.scast.tianfu.award.NominationForm;
import cn.scast.tianfu.award.NominationImports;
import cn.scast.tianfu.award.NominationView;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * nominations_*.csv|xlsx (推荐): award,year,unit_code,category_code,title,nominee_name,nominee_unit,
 * region_code,author_role,published_on,venue. Each row goes through the nomination rules of the screens
 * (Bean Validation, eligibility, one per person, quota) in its own transaction; the upsert records which
 * nomination the file produced, by nomination id, so a second run changes nothing.
 */
@ApplicationScoped
public class NominationImport implements ImportTarget {

    @EJB
    private NominationImports nominations;

    @Override
    public String name() {
        return "award-nomination";
    }

    @Override
    public String inboxFilePrefix() {
        return "nominations_";
    }

    @Override
    public int chunkSize() {
        return 100;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("award", "year", "unit_code", "category_code", "title", "nominee_name", "nominee_unit");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String award = fields.required("award", 32);
        int year = fields.integer("year", 2000, 2100);
        long edition = nominations.edition(award, year)
                .orElseThrow(() -> fields.reject("award", "没有「" + award + "」" + year + " 年度的评奖届次"));
        NominationForm form = new NominationForm();
        form.unitCode = fields.required("unit_code", 16);
        form.categoryCode = fields.required("category_code", 32);
        form.title = fields.required("title", 255);
        form.nomineeName = fields.required("nominee_name", 64);
        form.nomineeUnit = fields.required("nominee_unit", 128);
        form.regionCode = fields.optional("region_code", 6);
        form.authorRole = fields.optional("author_role", 16);
        form.publishedOn = date(fields, "published_on");
        form.venue = fields.optional("venue", 128);
        try {
            NominationView n = nominations.nominate(edition, form);
            return List.of(n.id(), edition, row.lineNumber());
        } catch (RefusedInput refused) {
            throw fields.reject(ImportColumns.of(refused.field(), "title"), refused.getMessage());
        }
    }

    private static LocalDate date(RowFields fields, String column) throws RowRejectedException {
        String text = fields.optional(column, 10);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fields.reject(column, "字段「" + column + "」的值「" + text + "」不是 yyyy-MM-dd 格式的日期");
        }
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO awd_nomination_import (nomination_id, edition_id, first_line) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE nomination_id = nomination_id";
    }
}
