package cn.scast.tianfu.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that could not be read as JSON (malformed, wrong shape, a wrongly typed field, nested too
 * deeply): 400 naming the field where Yasson tells it. Jersey wraps Yasson's {@link JsonbException} in a
 * {@code ProcessingException}, and Parsson's {@link JsonParsingException} is thrown as is, so the cause chain
 * is searched rather than relying on the exception's own type.
 */
final class UnreadableBody {

    /** Yasson: "Unable to deserialize property 'amountWanYuan' because of: ..." (nested for nested objects). */
    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");
    private static final Pattern TOO_DEEP = Pattern.compile("(?i)too deeply nested|depth");
    private static final Pattern ARRAY = Pattern.compile("(?i)Can't deserialize JSON array into|JSON array");

    private UnreadableBody() {
    }

    /** The problem response when a JSON binding or parsing failure is among the causes of {@code e}. */
    static Optional<Response> problemFor(Throwable e) {
        Throwable json = null;
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                json = t;
                break;
            }
        }
        if (json == null) {
            return Optional.empty();
        }
        String messages = messagesOf(json);
        String field = fieldOf(json);
        String detail;
        if (TOO_DEEP.matcher(messages).find()) {
            detail = "请求体的 JSON 嵌套层数过多";
        } else if (field != null) {
            detail = "字段 " + field + " 的值类型不正确";
        } else if (causedBy(json, JsonParsingException.class)) {
            detail = "请求体不是有效的 JSON";
        } else if (ARRAY.matcher(messages).find()) {
            detail = "请求体应为 JSON 对象，而不是数组";
        } else {
            detail = "请求体不是有效的 JSON 或字段类型不正确";
        }
        List<FieldError> errors = field == null ? null : List.of(new FieldError(field, "值类型不正确"));
        return Optional.of(Problems.of(400, "请求体无法解析", detail, errors));
    }

    /**
     * Dotted path of the nested properties Yasson names, outermost first; null when it names none. The
     * outermost message that names a property already repeats the inner ones ("... because of: ...").
     */
    static String fieldOf(Throwable json) {
        for (Throwable t = json; t != null && t != t.getCause(); t = t.getCause()) {
            List<String> path = new ArrayList<>();
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            while (m.find()) {
                path.add(m.group(1));
            }
            if (!path.isEmpty()) {
                return String.join(".", path);
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String messagesOf(Throwable json) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = json; t != null && t != t.getCause(); t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
