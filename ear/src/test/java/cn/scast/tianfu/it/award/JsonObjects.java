package cn.scast.tianfu.it.award;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Picks the flat JSON object that contains a text out of a list body; JSON-B orders properties by name. */
public final class JsonObjects {

    private JsonObjects() {
    }

    public static String containing(String json, String text) {
        int at = json.indexOf(text);
        assertTrue(at >= 0, text + " in " + json);
        return json.substring(json.lastIndexOf('{', at), json.indexOf('}', at) + 1);
    }
}
