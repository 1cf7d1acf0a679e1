package nl.thuisbasis.facility.domain;

/** One thing wrong with the input, in Dutch, tied to the field it concerns. */
public record FieldProblem(String field, String message) {
}
