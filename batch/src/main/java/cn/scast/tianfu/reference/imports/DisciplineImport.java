package cn.scast.tianfu.reference.imports;

import cn.scast.tianfu.reference.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.regex.Pattern;

/** GB/T 13745 disciplines: 3-digit first level, 5-digit second level, 7-digit third level. */
@ApplicationScoped
public class DisciplineImport extends TaxonomyImport {

    public DisciplineImport() {
        super(Taxonomy.DISCIPLINE, Pattern.compile("\\d{3}|\\d{5}|\\d{7}"), "学科代码为 3、5 或 7 位数字");
    }

    @Override
    public String name() {
        return "discipline";
    }
}
