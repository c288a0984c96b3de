package cn.scast.tianfu.exhibition.imports;

import cn.scast.tianfu.exhibition.Exhibit;
import cn.scast.tianfu.exhibition.ExhibitCollection;
import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * exhibits.csv: code,collection,award_year,name,field,unit,city,story,portrait_path,demo. The online exhibition of
 * 最美科技工作者 and 四川百年百杰科学家; upserts by code, a code only once per file. Pure row checks, no lookups.
 */
@ApplicationScoped
public class ExhibitImport implements ImportTarget {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    /** A path below the web application's resources, e.g. images/exhibits/x.png: no scheme, no "..". */
    static final Pattern PORTRAIT = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.(png|jpg|jpeg|webp|svg)",
            Pattern.CASE_INSENSITIVE);
    static final int FIRST_YEAR = 1921;
    static final int LAST_YEAR = 2100;

    @Override
    public String name() {
        return "exhibit";
    }

    @Override
    public String inboxFilePrefix() {
        return "exhibits_";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("code", "collection", "award_year", "name", "field", "unit", "city", "story", "portrait_path",
                "demo");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String code = fields.matching("code", CODE, "1–32 位字母、数字、下划线或连字符");
        String collectionValue = fields.required("collection", 32);
        ExhibitCollection collection = ExhibitCollection.parse(collectionValue);
        if (collection == null) {
            throw fields.reject("collection", "字段「collection」的值「" + collectionValue + "」无效：应为 "
                    + "MOST_BEAUTIFUL（最美科技工作者）或 CENTURY_SCIENTISTS（四川百年百杰科学家）");
        }
        Integer year = fields.optional("award_year", 12) == null ? null
                : fields.integer("award_year", FIRST_YEAR, LAST_YEAR);
        String name = fields.required("name", Exhibit.NAME_MAX);
        String field = fields.optional("field", Exhibit.FIELD_MAX);
        String unit = fields.optional("unit", Exhibit.UNIT_MAX);
        String city = fields.optional("city", Exhibit.CITY_MAX);
        String story = fields.required("story", Exhibit.STORY_MAX);
        if (story.indexOf('\n') >= 0 || story.indexOf('\r') >= 0) {
            throw fields.reject("story", "字段「story」应为一段文字，不能换行");
        }
        String portrait = fields.optional("portrait_path", Exhibit.PORTRAIT_MAX);
        if (portrait != null && !PORTRAIT.matcher(portrait).matches()) {
            throw fields.reject("portrait_path", "字段「portrait_path」的值「" + portrait
                    + "」无效：应为站内图片的相对路径，如 images/exhibits/name.png（png、jpg、webp 或 svg）");
        }
        boolean demo = demo(fields);

        List<Object> parameters = new ArrayList<>(10);
        parameters.add(code);
        parameters.add(collection.name());
        parameters.add(year);
        parameters.add(name);
        parameters.add(field);
        parameters.add(unit);
        parameters.add(city);
        parameters.add(story);
        parameters.add(portrait);
        parameters.add(demo);
        return parameters;
    }

    private static boolean demo(RowFields fields) throws RowRejectedException {
        String value = fields.optional("demo", 8);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "1", "是", "示例" -> true;
            case "n", "no", "false", "0", "否" -> false;
            default -> throw fields.reject("demo", "字段「demo」的值「" + value + "」无效：应为 Y（示例）、N 或留空");
        };
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO exhibit (code, collection, award_year, name, field, unit, city, story, portrait_path, demo) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE collection = VALUES(collection), award_year = VALUES(award_year), "
                + "name = VALUES(name), field = VALUES(field), unit = VALUES(unit), city = VALUES(city), "
                + "story = VALUES(story), portrait_path = VALUES(portrait_path), demo = VALUES(demo)";
    }

    @Override
    public String uniqueKeyColumn() {
        return "code";
    }

    @Override
    public String uniqueKey(List<Object> parameters) {
        return (String) parameters.get(0);
    }
}
