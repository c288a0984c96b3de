package cn.scast.tianfu.exhibition;

/** The collections of the online exhibition, with their Chinese names as the documents write them. */
public enum ExhibitCollection {

    MOST_BEAUTIFUL("最美科技工作者"),
    CENTURY_SCIENTISTS("四川百年百杰科学家");

    private final String label;

    ExhibitCollection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The collection named by its enum name or its Chinese name, else null. */
    public static ExhibitCollection parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        for (ExhibitCollection c : values()) {
            if (c.name().equals(v) || c.label.equals(v)) {
                return c;
            }
        }
        return null;
    }
}
