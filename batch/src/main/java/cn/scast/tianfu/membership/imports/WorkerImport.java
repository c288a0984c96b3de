package cn.scast.tianfu.membership.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import cn.scast.tianfu.membership.FormValidator;
import cn.scast.tianfu.membership.IdNumberHasher;
import cn.scast.tianfu.membership.WorkerForm;
import cn.scast.tianfu.membership.identity.InvalidIdentifierException;
import cn.scast.tianfu.membership.identity.MobilePhoneNumber;
import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import cn.scast.tianfu.membership.identity.UnifiedSocialCreditCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * workers_*.csv (科技工作者): name,id_number,mobile,email,city_code,county_code,discipline_code,title,
 * organisation_credit_code. Checked like the worker screen (WorkerForm's Bean Validation, ID number rules,
 * known city and county, existing organisation) and upserted by the HMAC of the ID number: the raw number is
 * never stored, not even in the reject report. An ID number may appear once per file.
 * An empty optional cell keeps what is stored (a city's file without phone numbers erases none).
 */
@ApplicationScoped
public class WorkerImport implements ImportTarget {

    static final String ID_COLUMN = "id_number";
    /** 18-character ID numbers (also inside longer text) as they would appear in an original row. */
    static final Pattern ID_IN_TEXT = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

    private static final Map<String, String> COLUMNS = Map.of(
            "name", "name", "idNumber", ID_COLUMN, "mobile", "mobile", "email", "email", "cityCode", "city_code",
            "countyCode", "county_code", "disciplineCode", "discipline_code", "title", "title");

    @Inject
    private Clock clock;

    @Inject
    private IdNumberHasher hasher;

    @Inject
    private FormValidator validator;

    @Inject
    private MembershipLookups lookups;

    @Override
    public String name() {
        return "worker";
    }

    @Override
    public String inboxFilePrefix() {
        return "workers_";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("name", ID_COLUMN, "city_code");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String rawId = FormRules.cell(row, ID_COLUMN);
        if (rawId == null) {
            throw fields.reject(ID_COLUMN, FormValidator.message("member.idNumber.required"));
        }
        ResidentIdNumber idNumber;
        try {
            idNumber = ResidentIdNumber.parse(rawId);
        } catch (InvalidIdentifierException e) {
            throw fields.reject(ID_COLUMN, e.reason());
        }
        WorkerForm form = new WorkerForm();
        form.setName(FormRules.cell(row, "name"));
        form.setMobile(FormRules.cell(row, "mobile"));
        form.setEmail(FormRules.cell(row, "email"));
        form.setCityCode(FormRules.cell(row, "city_code"));
        form.setCountyCode(FormRules.cell(row, "county_code"));
        form.setDisciplineCode(FormRules.cell(row, "discipline_code"));
        form.setTitle(FormRules.cell(row, "title"));
        FormRules.rejectIfAny(validator.validate(form), COLUMNS, fields);

        String city = form.getCityCode();
        if (!lookups.cityExists(city)) {
            throw fields.reject("city_code", FormValidator.message("member.city.unknown") + "：" + city);
        }
        String county = form.getCountyCode();
        if (county != null && !lookups.countyIn(county, city)) {
            throw fields.reject("county_code", FormValidator.message("member.county.unknown") + "：" + county);
        }
        Long organisationId = organisation(row, fields);

        List<Object> parameters = new ArrayList<>(11);
        parameters.add(form.getName());
        parameters.add(hasher.hash(idNumber));
        parameters.add(idNumber.masked());
        parameters.add(form.getMobile() == null ? null : MobilePhoneNumber.parse(form.getMobile()).value());
        parameters.add(form.getEmail());
        parameters.add(city);
        parameters.add(county);
        parameters.add(form.getDisciplineCode());
        parameters.add(form.getTitle());
        parameters.add(organisationId);
        // Like the worker screen: the application's clock, not the database server's.
        parameters.add(Timestamp.from(clock.instant()));
        return parameters;
    }

    private Long organisation(SourceRow row, RowFields fields) throws RowRejectedException {
        String code = FormRules.cell(row, "organisation_credit_code");
        if (code == null) {
            return null;
        }
        try {
            code = UnifiedSocialCreditCode.parse(code).value();
        } catch (InvalidIdentifierException e) {
            throw fields.reject("organisation_credit_code", e.reason());
        }
        String creditCode = code;
        return lookups.organisationId(creditCode).orElseThrow(() -> fields.reject("organisation_credit_code",
                FormValidator.message("member.organisation.unknown") + "：统一社会信用代码 " + creditCode));
    }

    @Override
    public String uniqueKeyColumn() {
        return ID_COLUMN;
    }

    /** The ID hash: the key in import_file_key is no more revealing than mem_worker.id_hash. */
    @Override
    public String uniqueKey(List<Object> parameters) {
        return (String) parameters.get(1);
    }

    @Override
    public String redact(String originalText) {
        return originalText == null ? null : ID_IN_TEXT.matcher(originalText).replaceAll("$1********$2");
    }

    /**
     * Optional columns are coalesced: an empty cell keeps the stored value. {@code version} is assigned first
     * (MariaDB evaluates assignments left to right) and only grows when a value really changes, so a second
     * run of the same file leaves every row as it was.
     */
    @Override
    public String upsertSql() {
        return "INSERT INTO mem_worker (name, id_hash, id_masked, mobile, email, city_code, county_code, "
                + "discipline_code, title, organisation_id, created_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON DUPLICATE KEY UPDATE "
                + "version = IF(name <=> VALUES(name) AND city_code <=> VALUES(city_code) "
                + "AND mobile <=> COALESCE(VALUES(mobile), mobile) AND email <=> COALESCE(VALUES(email), email) "
                + "AND county_code <=> COALESCE(VALUES(county_code), county_code) "
                + "AND discipline_code <=> COALESCE(VALUES(discipline_code), discipline_code) "
                + "AND title <=> COALESCE(VALUES(title), title) "
                + "AND organisation_id <=> COALESCE(VALUES(organisation_id), organisation_id), version, version + 1), "
                + "name = VALUES(name), city_code = VALUES(city_code), "
                + "mobile = COALESCE(VALUES(mobile), mobile), email = COALESCE(VALUES(email), email), "
                + "county_code = COALESCE(VALUES(county_code), county_code), "
                + "discipline_code = COALESCE(VALUES(discipline_code), discipline_code), "
                + "title = COALESCE(VALUES(title), title), "
                + "organisation_id = COALESCE(VALUES(organisation_id), organisation_id)";
    }
}
