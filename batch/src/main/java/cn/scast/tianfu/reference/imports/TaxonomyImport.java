package cn.scast.tianfu.reference.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import cn.scast.tianfu.reference.Taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** disciplines.csv / industries.csv: code,name,parent_code,level. */
abstract class TaxonomyImport implements ImportTarget {

    private final Taxonomy taxonomy;
    private final Pattern codePattern;
    private final String codeExpectation;

    TaxonomyImport(Taxonomy taxonomy, Pattern codePattern, String codeExpectation) {
        this.taxonomy = taxonomy;
        this.codePattern = codePattern;
        this.codeExpectation = codeExpectation;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("code", "name", "parent_code", "level");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String code = fields.matching("code", codePattern, codeExpectation);
        String name = fields.required("name", 64);
        String parent = fields.optional("parent_code", 16);
        int level = fields.integer("level", 1, 4);
        if ((level == 1) != (parent == null)) {
            throw fields.reject("parent_code", level == 1 ? "一级分类不应有上级代码" : "非一级分类必须有上级代码");
        }
        List<Object> parameters = new ArrayList<>(5);
        parameters.add(taxonomy.name());
        parameters.add(code);
        parameters.add(name);
        parameters.add(parent);
        parameters.add(level);
        return parameters;
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO ref_taxonomy_term (taxonomy, code, name, parent_code, level) VALUES (?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE name = VALUES(name), parent_code = VALUES(parent_code), level = VALUES(level)";
    }
}
