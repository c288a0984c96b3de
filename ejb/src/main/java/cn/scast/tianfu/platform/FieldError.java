package cn.scast.tianfu.platform;

import java.io.Serializable;

/** One refused input field and why (Chinese), for UI messages and problem+json bodies alike. */
public record FieldError(String field, String message) implements Serializable {
}
