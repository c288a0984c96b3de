package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.MarketSide;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** Maps a listing to and from its Lucene document; the single place that knows the field names. */
final class ListingDocument {
    /**
     * Unique key "SUPPLY:42": supply and demand listings may come from separate tables whose ids overlap,
     * so the id alone does not identify a document.
     */
    static final String KEY = "key";
    static final String ID = "id";
    /** Numeric copy of the id: ties are broken by id, and a string sort would put 10 before 9. */
    static final String ID_SORT = "id_sort";
    static final String SIDE = "side";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String KEYWORDS = "keywords";
    /**
     * Character bigrams of all text (keywords, title, description): words the segmenter splits differently
     * in two listings (模态分析 as 模态+分析 here, as one word there) still meet through their bigrams.
     * Indexed only, never shown: explanations use the segmented words.
     */
    static final String GRAMS = "grams";
    static final String DISCIPLINE = "discipline";
    static final String INDUSTRY = "industry";
    static final String CITY = "city";

    /**
     * Searched word fields; their weights ({@link MatchingWeights}) say an author's keywords count more than
     * a title, a title more than prose.
     */
    static final List<String> TEXT_FIELDS = List.of(KEYWORDS, TITLE, DESCRIPTION);

    /**
     * Text is indexed under a per-side field name ("title.supply"), so a search for one side is a pure
     * disjunction over that side's postings: no side filter to intersect, and document frequencies
     * (hence rarity) are those of the side being searched.
     */
    static String indexed(String field, MarketSide side) {
        return field + "." + side.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Indexed text with term vectors: explanations read a candidate's analysed terms back instead of
     * re-running the (slow) Chinese segmenter on every hit. The raw text is stored under the plain name.
     */
    private static final FieldType TEXT;

    static {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setStoreTermVectors(true);
        type.freeze();
        TEXT = type;
    }

    private ListingDocument() {}

    static Term key(MarketSide side, long id) {
        return new Term(KEY, keyText(side, id));
    }

    static String keyText(MarketSide side, long id) {
        return side.name() + ":" + id;
    }

    static Document toDocument(MatchableListing listing) {
        Document doc = new Document();
        doc.add(new StringField(KEY, keyText(listing.side(), listing.id()), Field.Store.NO));
        doc.add(new StoredField(ID, listing.id()));
        doc.add(new NumericDocValuesField(ID_SORT, listing.id()));
        doc.add(new StringField(SIDE, listing.side().name(), Field.Store.NO));
        doc.add(new StringField(KIND, listing.kind().name(), Field.Store.YES));
        MarketSide side = listing.side();
        addText(doc, TITLE, side, listing.title());
        addText(doc, DESCRIPTION, side, listing.description());
        for (String keyword : listing.keywords()) {
            addText(doc, KEYWORDS, side, keyword);
        }
        doc.add(new TextField(indexed(GRAMS, side), allText(listing), Field.Store.NO));
        addCode(doc, DISCIPLINE, listing.disciplineCode());
        addCode(doc, INDUSTRY, listing.industryCode());
        addCode(doc, CITY, listing.cityCode());
        return doc;
    }

    private static void addText(Document doc, String field, MarketSide side, String text) {
        doc.add(new Field(indexed(field, side), text, TEXT));
        doc.add(new StoredField(field, text));
    }

    /** Codes live in doc values for per-hit boosting during scoring, and stored for explaining the top hits. */
    private static void addCode(Document doc, String field, String code) {
        if (code != null) {
            doc.add(new SortedDocValuesField(field, new BytesRef(code)));
            doc.add(new StoredField(field, code));
        }
    }

    /** The stored part of an indexed listing that explanations need. */
    record Stored(long id, List<String> keywords, String title, String description,
                  String disciplineCode, String industryCode, String cityCode) {

        static Stored of(Document doc) {
            return new Stored(
                    doc.getField(ID).numericValue().longValue(),
                    List.of(doc.getValues(KEYWORDS)),
                    nullToEmpty(doc.get(TITLE)),
                    nullToEmpty(doc.get(DESCRIPTION)),
                    doc.get(DISCIPLINE),
                    doc.get(INDUSTRY),
                    doc.get(CITY));
        }

        String text(String field) {
            return switch (field) {
                case KEYWORDS -> String.join("，", keywords);
                case TITLE -> title;
                case DESCRIPTION -> description;
                default -> throw new IllegalArgumentException(field);
            };
        }

        private static String nullToEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    /** Keywords, title and description in one text, for the bigram field. */
    static String allText(MatchableListing listing) {
        return String.join("\n", text(listing, KEYWORDS), listing.title(), listing.description());
    }

    static String text(MatchableListing listing, String field) {
        return switch (field) {
            case KEYWORDS -> String.join("，", listing.keywords());
            case TITLE -> listing.title();
            case DESCRIPTION -> listing.description();
            default -> throw new IllegalArgumentException(field);
        };
    }

}
