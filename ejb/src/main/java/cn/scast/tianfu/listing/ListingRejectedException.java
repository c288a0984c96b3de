package cn.scast.tianfu.listing;

import cn.scast.tianfu.platform.FieldError;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.stream.Collectors;

/** A listing was refused: every offending field with a Chinese reason. Rolls the transaction back. */
@ApplicationException(rollback = true)
public class ListingRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ListingRejectedException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + "：" + e.message()).collect(Collectors.joining("；")));
        this.errors = List.copyOf(errors);
    }

    public static ListingRejectedException of(String field, String message) {
        return new ListingRejectedException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
