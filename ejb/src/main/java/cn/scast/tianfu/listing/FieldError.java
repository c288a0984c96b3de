package cn.scast.tianfu.listing;

import java.io.Serializable;

/** One refused input field and the Chinese reason. */
public record FieldError(String field, String message) implements Serializable {
}
