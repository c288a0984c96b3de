package cn.scast.tianfu.membership.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import cn.scast.tianfu.membership.FormValidator;
import cn.scast.tianfu.membership.OrganisationForm;
import cn.scast.tianfu.membership.OrganisationType;
import cn.scast.tianfu.membership.identity.InvalidIdentifierException;
import cn.scast.tianfu.membership.identity.UnifiedSocialCreditCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * organisations_*.csv (会员单位): credit_code,name,type,city_code. Type is 企事业单位 / 高校科协 / 企业科协 or the
 * constant name (ENTERPRISE_OR_INSTITUTION …). Checked like the organisation screen (OrganisationForm's Bean
 * Validation, credit code with its check character, known city) and upserted by the credit code, which may
 * appear once per file.
 */
@ApplicationScoped
public class OrganisationImport implements ImportTarget {

    static final String KEY_COLUMN = "credit_code";

    static final Map<String, OrganisationType> TYPE_LABELS = Map.of(
            "企事业单位", OrganisationType.ENTERPRISE_OR_INSTITUTION,
            "高校科协", OrganisationType.UNIVERSITY_ASSOCIATION,
            "企业科协", OrganisationType.ENTERPRISE_ASSOCIATION);

    private static final Map<String, String> COLUMNS = Map.of(
            "type", "type", "name", "name", "creditCode", KEY_COLUMN, "cityCode", "city_code");

    @Inject
    private Clock clock;

    @Inject
    private FormValidator validator;

    @Inject
    private MembershipLookups lookups;

    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public String inboxFilePrefix() {
        return "organisations_";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of(KEY_COLUMN, "name", "type", "city_code");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String rawCode = FormRules.cell(row, KEY_COLUMN);
        if (rawCode == null) {
            throw fields.reject(KEY_COLUMN, FormValidator.message("org.creditCode.required"));
        }
        UnifiedSocialCreditCode code;
        try {
            code = UnifiedSocialCreditCode.parse(rawCode);
        } catch (InvalidIdentifierException e) {
            throw fields.reject(KEY_COLUMN, e.reason() + "：" + rawCode);
        }
        OrganisationForm form = new OrganisationForm();
        form.setCreditCode(code.value());
        form.setName(FormRules.cell(row, "name"));
        form.setCityCode(FormRules.cell(row, "city_code"));
        form.setType(type(row, fields));
        FormRules.rejectIfAny(validator.validate(form), COLUMNS, fields);
        if (!lookups.cityExists(form.getCityCode())) {
            throw fields.reject("city_code", FormValidator.message("member.city.unknown") + "：" + form.getCityCode());
        }
        List<Object> parameters = new ArrayList<>(5);
        parameters.add(form.getType().name());
        parameters.add(form.getName());
        parameters.add(code.value());
        parameters.add(form.getCityCode());
        parameters.add(Timestamp.from(clock.instant()));
        return parameters;
    }

    /** Null when the cell is empty (Bean Validation then says the type is required). */
    static OrganisationType type(SourceRow row, RowFields fields) throws RowRejectedException {
        String value = FormRules.cell(row, "type");
        if (value == null) {
            return null;
        }
        OrganisationType byLabel = TYPE_LABELS.get(value);
        if (byLabel != null) {
            return byLabel;
        }
        try {
            return OrganisationType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fields.reject("type", "单位类型「" + value + "」无效，可选：" + String.join("、", TYPE_LABELS.keySet().stream()
                    .sorted().toList()) + "（或 " + Arrays.stream(OrganisationType.values()).map(Enum::name)
                    .collect(Collectors.joining("、")) + "）");
        }
    }

    @Override
    public String uniqueKeyColumn() {
        return KEY_COLUMN;
    }

    @Override
    public String uniqueKey(List<Object> parameters) {
        return (String) parameters.get(2);
    }

    /** {@code version} first (assignments run left to right) and only raised when something changes. */
    @Override
    public String upsertSql() {
        return "INSERT INTO mem_organisation (type, name, credit_code, city_code, created_at, version) "
                + "VALUES (?, ?, ?, ?, ?, 0) ON DUPLICATE KEY UPDATE "
                + "version = IF(type <=> VALUES(type) AND name <=> VALUES(name) AND city_code <=> VALUES(city_code), "
                + "version, version + 1), "
                + "type = VALUES(type), name = VALUES(name), city_code = VALUES(city_code)";
    }
}
