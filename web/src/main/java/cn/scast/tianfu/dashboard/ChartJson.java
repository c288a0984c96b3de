package cn.scast.tianfu.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.List;

/** Chart.js configurations for PrimeFaces {@code p:chart}, built as JSON (labels are Chinese, so no string pasting). */
final class ChartJson {

    record Series(String label, List<Number> values, String colour) {
    }

    private ChartJson() {
    }

    static Series series(String label, List<Number> values, String colour) {
        return new Series(label, values, colour);
    }

    static String bar(List<String> labels, List<Series> series) {
        return chart("bar", labels, series);
    }

    static String line(List<String> labels, List<Series> series) {
        return chart("line", labels, series);
    }

    private static String chart(String type, List<String> labels, List<Series> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(v -> data.add(v instanceof BigDecimal d ? d : BigDecimal.valueOf(v.doubleValue())));
            datasets.add(Json.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", data)
                    .add("backgroundColor", s.colour())
                    .add("borderColor", s.colour())
                    .add("fill", false));
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false);
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }
}
