package cn.scast.tianfu.competition.imports;

import cn.scast.tianfu.competition.RegistrationForm;
import cn.scast.tianfu.competition.RegistrationImports;
import cn.scast.tianfu.evaluation.intake.imports.SubmissionImport;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * contest_entries_*.csv|xlsx (报名): contest,year,title,entrant_name,city_code,county_code,school_level,subject,
 * school,tutor,track,members (other members separated by 、 or ;). Each row goes through the registration
 * rules of the screens (Bean Validation, contest rules, city quota) in its own transaction;
 * cts_registration_import records which registration the file produced.
 */
@ApplicationScoped
public class CompetitionEntryImport extends SubmissionImport<RegistrationForm> {

    @EJB
    private RegistrationImports registrations;

    public CompetitionEntryImport() {
        super("contest-entry", "contest_entries_", "contest", "竞赛", Set.of("title", "entrant_name"),
                "cts_registration_import", "registration_id");
    }

    @Override
    protected RegistrationForm form(RowFields fields) throws RowRejectedException {
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
        form.members = members(fields.optional("members", 200));
        return form;
    }

    /** Other members separated by 、 or ; (full or half width). */
    private static List<String> members(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[、;；]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    protected Optional<Long> edition(String programme, int year) {
        return registrations.edition(programme, year);
    }

    @Override
    protected long submit(long editionId, RegistrationForm form) {
        return registrations.register(editionId, form).id();
    }
}
