package nl.thuisbasis.audit;

/**
 * One processing activity to record: what was done ({@code action}), to which record, why
 * ({@code purpose}) and on which legal basis. The actor is taken from the logged-in user unless given.
 */
public record Processing(String action, String objectType, String objectId, String purpose, String legalBasis,
        Outcome outcome, String details) {

    /** Whether the activity succeeded. */
    public enum Outcome { SUCCESS, FAILURE, DENIED }

    public static Processing of(String action, String objectType, String objectId, String purpose, String legalBasis) {
        return new Processing(action, objectType, objectId, purpose, legalBasis, Outcome.SUCCESS, null);
    }

    public Processing failed(String why) {
        return new Processing(action, objectType, objectId, purpose, legalBasis, Outcome.FAILURE, why);
    }

    public Processing withDetails(String text) {
        return new Processing(action, objectType, objectId, purpose, legalBasis, outcome, text);
    }

    /**
     * Details as a message key with its arguments (numbers or text), which the log page shows in the reader's language:
     * for details the system words itself. The key belongs in the bundle of the module that writes it.
     */
    public Processing withDetailsKey(String key, Object... args) {
        return withDetails(KeyedDetails.encode(key, args));
    }

    /** A refused access (no right to it), whose reason is a message key with its arguments. */
    public Processing deniedBecause(String key, Object... args) {
        return new Processing(action, objectType, objectId, purpose, legalBasis, Outcome.DENIED, KeyedDetails.encode(key, args));
    }

    /** A failure whose reason is a message key with its arguments (see {@link #withDetailsKey}). */
    public Processing failedBecause(String key, Object... args) {
        return failed(KeyedDetails.encode(key, args));
    }
}
