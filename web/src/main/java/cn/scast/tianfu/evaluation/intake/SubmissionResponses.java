package cn.scast.tianfu.evaluation.intake;

import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;

/** The 201 answers of the editions and submissions that the award and contest APIs create. */
public final class SubmissionResponses {

    private SubmissionResponses() {
    }

    /** A new edition: its location below {@code base} (v1/awards) and its id. */
    public static Response editionCreated(String base, long id) {
        return Response.created(URI.create(base + "/editions/" + id)).entity(Map.of("id", id)).build();
    }

    /** A new submission: its location below {@code collection} (v1/awards/nominations) and its view. */
    public static Response submitted(String collection, long id, Object view) {
        return Response.created(URI.create(collection + "/" + id)).entity(view).build();
    }
}
