package cn.scast.tianfu.listing;

/** Query and body values of the listing API read as numbers and enums; a bad value is refused on its field. */
public final class ListingParameters {

    private ListingParameters() {
    }

    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ListingRejectedException.of(field, "「" + value + "」不是有效的取值，可选："
                    + String.join("、", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    public static int intParam(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ListingRejectedException.of(field, "须为 " + min + " 到 " + max + " 之间的整数");
    }
}
