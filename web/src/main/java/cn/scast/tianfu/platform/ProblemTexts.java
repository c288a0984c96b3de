package cn.scast.tianfu.platform;

import java.util.Map;

/** Chinese title and explanation for an HTTP error status, shared by the API mappers and the error pages. */
public final class ProblemTexts {

    public record Text(String title, String detail) {
    }

    private static final Map<Integer, Text> TEXTS = Map.ofEntries(
            Map.entry(400, new Text("请求有误", "请求无法处理，请检查请求内容")),
            Map.entry(401, new Text("需要登录", "需要登录：请使用 HTTP Basic 认证")),
            Map.entry(403, new Text("无权访问", "当前账号无权访问该资源")),
            Map.entry(404, new Text("未找到", "请求的资源不存在")),
            Map.entry(405, new Text("方法不允许", "该资源不支持此请求方法")),
            Map.entry(406, new Text("无法提供所需格式", "无法按请求的 Accept 类型提供内容，请接受 application/json")),
            Map.entry(409, new Text("冲突", "与已有记录冲突")),
            Map.entry(413, new Text("请求体过大", "请求体超过允许的大小")),
            Map.entry(415, new Text("不支持的媒体类型", "不支持该 Content-Type，请以 application/json 发送请求体")),
            Map.entry(422, new Text("无法处理", "请求被业务规则拒绝")),
            Map.entry(500, new Text("服务器内部错误", "服务器内部错误，请稍后重试")),
            Map.entry(501, new Text("不支持的请求方法", "服务器不支持此请求方法，请使用 GET、POST 等标准方法")),
            Map.entry(503, new Text("服务暂不可用", "服务暂不可用，请稍后重试")));

    private ProblemTexts() {
    }

    public static Text of(int status) {
        Text text = TEXTS.get(status);
        if (text != null) {
            return text;
        }
        return status >= 500 ? new Text("服务器错误", "服务器错误（状态 " + status + "），请稍后重试")
                : new Text("请求未能完成", "请求未能完成（状态 " + status + "）");
    }
}
