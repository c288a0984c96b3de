package cn.scast.tianfu.membership.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * journals.csv: code,name,society_code,issn,cn,discipline_code (科技期刊), upserted by code. The society is
 * found by its code (load societies first); ISSN check digit (ISO 3297) is verified.
 */
@ApplicationScoped
public class JournalImport implements ImportTarget {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");
    static final Pattern ISSN = Pattern.compile("\\d{4}-\\d{3}[\\dX]");
    static final Pattern CN = Pattern.compile("\\d{2}-\\d{4}/[A-Z][A-Z0-9]{0,3}");

    @Override
    public String name() {
        return "journal";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("code", "name", "society_code", "issn", "cn", "discipline_code");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        List<Object> parameters = new ArrayList<>(6);
        parameters.add(fields.matching("code", CODE, "大写字母开头的 2–16 位字母或数字，如 J001"));
        parameters.add(fields.required("name", 64));
        parameters.add(fields.optional("society_code", 16));
        String issn = fields.optional("issn", 9);
        if (issn != null && (!ISSN.matcher(issn).matches() || !issnCheckDigitValid(issn))) {
            throw fields.reject("issn", "ISSN「" + issn + "」格式或校验位不正确，应如 1001-9081");
        }
        parameters.add(issn);
        String cn = fields.optional("cn", 16);
        if (cn != null && !CN.matcher(cn).matches()) {
            throw fields.reject("cn", "国内统一刊号「" + cn + "」格式不正确，应如 51-1307/TP");
        }
        parameters.add(cn);
        parameters.add(fields.optional("discipline_code", 16));
        return parameters;
    }

    static boolean issnCheckDigitValid(String issn) {
        String digits = issn.replace("-", "");
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return digits.charAt(7) == expected;
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO mem_journal (code, name, society_id, issn, cn, discipline_code) "
                + "VALUES (?, ?, (SELECT s.id FROM mem_society s WHERE s.code = ?), ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE name = VALUES(name), society_id = VALUES(society_id), issn = VALUES(issn), "
                + "cn = VALUES(cn), discipline_code = VALUES(discipline_code)";
    }
}
