package cn.scast.tianfu.membership;

import java.io.Serializable;

/** One refused field: its name as in the form/JSON and a Chinese message. */
public record FieldError(String field, String message) implements Serializable {
}
