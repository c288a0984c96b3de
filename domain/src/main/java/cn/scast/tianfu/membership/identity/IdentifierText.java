package cn.scast.tianfu.membership.identity;

/** Input clean-up shared by the identifier value objects. */
final class IdentifierText {

    private IdentifierText() {
    }

    /**
     * Trims and folds full-width ASCII (０-９, Ａ-Ｚ, ＋, －) to half-width, because Chinese input methods and
     * spreadsheets often produce full-width digits that look identical to users.
     */
    static String fold(String raw) {
        StringBuilder folded = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                folded.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                folded.append(' ');
            } else {
                folded.append(c);
            }
        }
        return folded.toString().strip();
    }

    static boolean isBlank(CharSequence value) {
        return value == null || value.toString().isBlank();
    }
}
