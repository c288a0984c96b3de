package cn.scast.tianfu.popscience;

/** The Chinese label of a 智慧科普 code. */
final class Labels {

    private Labels() {
    }

    static String of(Enum<?> value) {
        if (value instanceof PopScienceTopic topic) {
            return topic.label();
        }
        if (value instanceof Audience audience) {
            return audience.label();
        }
        return value instanceof PopScienceKind kind ? kind.label() : value.name();
    }
}
