package cn.scast.tianfu.award.imports;

import cn.scast.tianfu.award.NominationForm;
import cn.scast.tianfu.award.NominationImports;
import cn.scast.tianfu.evaluation.intake.imports.SubmissionImport;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * nominations_*.csv|xlsx (推荐): award,year,unit_code,category_code,title,nominee_name,nominee_unit,
 * region_code,author_role,published_on,venue. Each row goes through the nomination rules of the screens
 * (Bean Validation, eligibility, one per person, quota) in its own transaction; awd_nomination_import records
 * which nomination the file produced.
 */
@ApplicationScoped
public class NominationImport extends SubmissionImport<NominationForm> {

    @EJB
    private NominationImports nominations;

    public NominationImport() {
        super("award-nomination", "nominations_", "award", "评奖",
                Set.of("unit_code", "category_code", "title", "nominee_name", "nominee_unit"), "awd_nomination_import",
                "nomination_id");
    }

    @Override
    protected NominationForm form(RowFields fields) throws RowRejectedException {
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
        return form;
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
    protected Optional<Long> edition(String programme, int year) {
        return nominations.edition(programme, year);
    }

    @Override
    protected long submit(long editionId, NominationForm form) {
        return nominations.nominate(editionId, form).id();
    }
}
