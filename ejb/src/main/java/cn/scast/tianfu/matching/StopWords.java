package cn.scast.tianfu.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Words that carry no matching signal: function words and the template words of listing forms
 * (需要、技术支持、合作、团队…), kept in {@code stopwords.txt} next to this class so they can be revised
 * without touching code. Single characters are noise as words too: 盐 or 双 alone says little, and what
 * they do say is caught by the bigram field.
 */
final class StopWords {
    private static final Set<String> WORDS = load();

    private StopWords() {}

    static boolean contains(String term) {
        return WORDS.contains(term);
    }

    /** True for a word that must neither select candidates nor be shown as a shared word. */
    static boolean isNoiseWord(String term) {
        return term.codePointCount(0, term.length()) < 2 || WORDS.contains(term) || isNumberOrPunctuation(term);
    }

    private static boolean isNumberOrPunctuation(String term) {
        return term.codePoints().noneMatch(Character::isLetter);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("stopwords.txt missing next to " + StopWords.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
