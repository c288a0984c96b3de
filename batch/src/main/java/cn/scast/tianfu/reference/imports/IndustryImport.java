package cn.scast.tianfu.reference.imports;

import cn.scast.tianfu.reference.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.regex.Pattern;

/** GB/T 4754 industries: a section letter, then 2-, 3- and 4-digit codes. */
@ApplicationScoped
public class IndustryImport extends TaxonomyImport {

    public IndustryImport() {
        super(Taxonomy.INDUSTRY, Pattern.compile("[A-T]|\\d{2,4}"), "行业代码为门类字母 A–T 或 2–4 位数字");
    }

    @Override
    public String name() {
        return "industry";
    }
}
