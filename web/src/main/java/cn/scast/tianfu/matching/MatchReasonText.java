package cn.scast.tianfu.matching;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Renders match reasons in Chinese from the listing UI bundle: shared words with their detail
 * (共同关键词：石墨烯、储能), classification and region reasons by their label (同一学科, 同一市州).
 */
public final class MatchReasonText {

    public static final String BUNDLE = "cn.scast.tianfu.web.listing";

    private MatchReasonText() {
    }

    public static String label(MatchReasonType type) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        String key = "reason." + type.name();
        return bundle.containsKey(key) ? bundle.getString(key) : type.label();
    }

    public static String text(MatchReason reason) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        String label = label(reason.type());
        return reason.type() == MatchReasonType.SHARED_TERMS
                ? label + bundle.getString("reason.detailSeparator") + reason.detail()
                : label;
    }

    public static String explain(List<MatchReason> reasons) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        return reasons.stream().map(MatchReasonText::text).collect(Collectors.joining(bundle.getString("reason.separator")));
    }
}
