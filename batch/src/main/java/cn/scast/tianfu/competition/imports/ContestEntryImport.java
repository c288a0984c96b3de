package cn.scast.tianfu.competition.imports;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.competition.RegistrationForm;
import cn.scast.tianfu.competition.RegistrationImports;
import cn.scast.tianfu.competition.RegistrationView;
import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.award.imports.ImportColumns;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * contest_entries_*.csv|xlsx (报名): contest,year,title,entrant_name,city_code,county_code,school_level,subject,
 * school,tutor,track,members (other members separated by 、 or ;). Each row goes through the registration
 * rules of the screens (Bean Validation, contest rules, city quota) in its own transaction; the upsert
 * records which registration the file produced, by registration id, so a second run changes nothing.
 */
@ApplicationScoped
public class ContestEntryImport implements ImportTarget {

    @EJB
    private RegistrationImports registrations;

    @Override
    public String name() {
        return "contest-entry";
    }

    @Override
    public String inboxFilePrefix() {
        return "contest_entries_";
    }

    @Override
    public int chunkSize() {
        return 100;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("contest", "year", "title", "entrant_name");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String contest = fields.required("contest", 32);
        int year = fields.integer("year", 2000, 2100);
        long edition = registrations.edition(contest, year)
                .orElseThrow(() -> fields.reject("contest", "没有「" + contest + "」" + year + " 年度的竞赛届次"));
        RegistrationForm form = new RegistrationForm();
        form.title = fields.required("title", 255);
        form.entrantName = fields.required("entrant_name", 64);
        form.cityCode = fields.optional("city_code", 6);
        form.countyCode = fields.optional("county_code", 6);
        form.schoolLevel = fields.optional("school_level", 8);
        form.subject = fields.optional("subject", 32);
        form.school = fields.optional("school", 128);
        form.tutor = fields.optional("tutor", 64);
        form.track = fields.optional("track", 32);
        String members = fields.optional("members", 200);
        form.members = members == null ? List.of() : Arrays.stream(members.split("[、;；]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            RegistrationView r = registrations.register(edition, form);
            return List.of(r.id(), edition, row.lineNumber());
        } catch (RefusedInput refused) {
            throw fields.reject(ImportColumns.of(refused.field(), "title"), refused.getMessage());
        }
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO cts_registration_import (registration_id, edition_id, first_line) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE registration_id = registration_id";
    }
}
