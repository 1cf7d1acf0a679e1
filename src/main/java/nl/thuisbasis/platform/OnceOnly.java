package nl.thuisbasis.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one mechanism that makes a submission happen once: a form carries a token ({@link #TOKEN}, put into every page's
 * model by {@code OnceOnlyAdvice} and written by {@code fragments/forms :: once}); an API call may carry an
 * {@code Idempotency-Key} header. The first submission with a token runs and stores its result (the path to redirect to,
 * or the id it created) in the same transaction; a reload, a double tap or a retry with the same token gets that result
 * and creates nothing. A refused submission stores nothing, so the corrected form can be sent with the same token.
 * <pre>{@code
 * String path = once.submit(form.once(), "reports.submit", () -> "/melden/bedankt/" + submissions.submit(...).code());
 * return "redirect:" + path;
 * }</pre>
 */
@Component
public class OnceOnly {

    /** The request parameter (and model attribute) of a form's token. */
    public static final String TOKEN = "onceToken";

    /** The longest token accepted (an Idempotency-Key is chosen by the client). */
    public static final int MAX_LENGTH = 80;

    private static final Duration KEPT = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    OnceOnly(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** A new token for a form. */
    public static String newToken() {
        return UUID.randomUUID().toString();
    }

    /**
     * Runs {@code create} once per token and form, and returns its result; a repeat returns the first result. Without a
     * token (an API call without a key) it simply runs. A token longer than {@link #MAX_LENGTH} is refused.
     */
    public String submit(String token, String form, Supplier<String> create) {
        if (token == null || token.isBlank()) {
            return tx.execute(status -> create.get());
        }
        if (token.length() > MAX_LENGTH) {
            throw Refused.badRequest(Problem.at("Idempotency-Key", "problem.onceOnly.tooLong", MAX_LENGTH));
        }
        return tx.execute(status -> {
            // the insert waits for a concurrent submission with the same token to commit or roll back
            int inserted = jdbc.sql("insert into form_submission (token, form, result) values (?, ?, '') on conflict do nothing")
                    .params(token, form).update();
            if (inserted == 0) {
                return earlier(token, form).orElseThrow(() -> new Refused(Refused.Kind.CONFLICT, "conflict",
                        java.util.List.of(Problem.of("problem.onceOnly.otherForm"))));
            }
            String result = create.get();
            jdbc.sql("update form_submission set result = ? where token = ?").params(result, token).update();
            return result;
        });
    }

    /** The result of an earlier submission with this token and form, if there was one. */
    public Optional<String> earlier(String token, String form) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("select result from form_submission where token = ? and form = ?").params(token, form)
                .query(String.class).optional();
    }

    /** Tokens are kept a week: long enough for any reload or retry. */
    @Scheduled(cron = "${thuisbasis.once-only.cleanup-cron:0 17 3 * * *}")
    void forgetOld() {
        jdbc.sql("delete from form_submission where created_at < now() - make_interval(secs => ?)")
                .param(KEPT.toSeconds()).update();
    }
}
