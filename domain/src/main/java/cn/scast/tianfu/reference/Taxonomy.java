package cn.scast.tianfu.reference;

/** The classifications listings, societies and awards are tagged with. */
public enum Taxonomy {
    /** 学科分类与代码 GB/T 13745. */
    DISCIPLINE,
    /** 国民经济行业分类 GB/T 4754. */
    INDUSTRY
}
