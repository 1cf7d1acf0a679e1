package nl.thuisbasis.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class PlatformModuleTest {

    @Autowired
    ApiProblems problems;

    @Autowired
    Forms forms;

    @Autowired
    OnceOnly once;

    @Test
    void a_problem_carries_a_stable_code_and_a_dutch_title() {
        ProblemDetail problem = problems.problem(HttpStatus.NOT_FOUND, "not-found", "Buurt BU1 bestaat niet.", List.of(),
                null);

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getTitle()).isEqualTo("Niet gevonden");
        assertThat(problem.getDetail()).isEqualTo("Buurt BU1 bestaat niet.");
        assertThat(problem.getProperties()).containsEntry("code", "not-found");
    }

    @Test
    void paging_counts_from_one_and_refuses_impossible_pages() {
        PageQuery query = PageQuery.of(3, 20, 50, 100);

        assertThat(query.offset()).isEqualTo(40);
        assertThat(query.totalPages(41)).isEqualTo(3);
        assertThat(PageQuery.of(null, null, 50, 100).pageSize()).isEqualTo(50);
        assertThatThrownBy(() -> PageQuery.of(0, 20, 50, 100)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.kind()).isEqualTo(Refused.Kind.BAD_REQUEST));
        assertThatThrownBy(() -> PageQuery.of(1, 101, 50, 100)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.problems()).extracting(Problem::field).containsExactly("pageSize"));
    }

    @Test
    void a_refusal_speaks_the_readers_language_with_its_arguments_and_labels() {
        Refused refused = Refused.invalid("invalid", Problem.at("pageSize", "problem.pageSize.range", 100),
                Problem.of("problem.method-not-allowed.detail", Problem.label("problem.not-found")));

        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            ProblemDetail english = problems.problem(refused, null);
            assertThat(english.getStatus()).isEqualTo(422);
            assertThat(english.getDetail()).isEqualTo(
                    "Not saved. Parameter 'pageSize' must be between 1 and 100. Method Not found is not allowed here.");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        ProblemDetail dutch = problems.problem(refused, null);
        assertThat(dutch.getDetail()).startsWith("Niet vastgelegd. Parameter 'pageSize' moet tussen 1 en 100 liggen.");
        assertThat(dutch.getProperties().get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .first().asString().contains("name=pageSize", "code=problem.pageSize.range");
    }

    @Test
    void a_refusal_repeats_a_long_typed_value_cut_short() {
        ProblemDetail problem = problems.problem(Refused.invalid("invalid",
                Problem.at("pageSize", "problem.parameter.invalid", "x".repeat(5000))), null);

        assertThat(problem.getDetail()).hasSizeLessThan(200).contains("xxx…");
    }

    @Test
    void a_value_that_could_not_be_read_shows_one_message_not_also_the_policys_about_its_missing_value() {
        org.springframework.validation.BeanPropertyBindingResult binding =
                new org.springframework.validation.BeanPropertyBindingResult(null, "form");
        binding.addError(new org.springframework.validation.FieldError("form", "pageSize", "veel", true,
                new String[] {"typeMismatch.java.lang.Integer"}, null, null));

        FormErrors errors = forms.errors(binding, List.of(Problem.at("pageSize", "problem.pageSize.range", 100),
                Problem.at("page", "problem.page.min")));

        assertThat(errors.texts()).containsExactly("Vul een heel getal in.", "Parameter 'page' moet 1 of groter zijn.");
        assertThat(errors.value("pageSize", null)).isEqualTo("veel");
    }

    @Test
    void a_form_sent_twice_with_its_token_creates_once_and_the_second_gets_the_first_result() {
        String token = OnceOnly.newToken();
        java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();

        String first = once.submit(token, "test.form", () -> "/thing/" + created.incrementAndGet());
        String second = once.submit(token, "test.form", () -> "/thing/" + created.incrementAndGet());

        assertThat(first).isEqualTo("/thing/1");
        assertThat(second).isEqualTo("/thing/1");
        assertThat(created).hasValue(1);
        assertThat(once.submit(OnceOnly.newToken(), "test.form", () -> "/thing/" + created.incrementAndGet()))
                .isEqualTo("/thing/2");
    }

    @Test
    void a_double_tap_at_the_same_moment_creates_once() throws Exception {
        String token = OnceOnly.newToken();
        java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.Callable<String> tap = () -> {
            start.await();
            return once.submit(token, "test.tap", () -> {
                int n = created.incrementAndGet();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "/tap/" + n;
            });
        };
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var a = pool.submit(tap);
            var b = pool.submit(tap);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactly("/tap/1", "/tap/1");
        }
        assertThat(created).hasValue(1);
    }

    @Test
    void a_refused_submission_keeps_nothing_so_the_corrected_form_goes_through_with_the_same_token() {
        String token = OnceOnly.newToken();

        assertThatThrownBy(() -> once.submit(token, "test.refused", () -> {
            throw Refused.invalid("invalid", Problem.at("name", "problem.field.invalid"));
        })).isInstanceOf(Refused.class);

        assertThat(once.earlier(token, "test.refused")).isEmpty();
        assertThat(once.submit(token, "test.refused", () -> "/ok")).isEqualTo("/ok");
    }

    @Test
    void a_token_used_for_another_form_or_too_long_is_refused_without_a_server_error() {
        String token = OnceOnly.newToken();
        once.submit(token, "test.one", () -> "/one");

        assertThatThrownBy(() -> once.submit(token, "test.other", () -> "/other")).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT));
        assertThatThrownBy(() -> once.submit("k".repeat(81), "test.one", () -> "/x")).isInstanceOfSatisfying(
                Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.BAD_REQUEST));
        assertThat(once.submit(null, "test.one", () -> "/without-token")).isEqualTo("/without-token");
    }
}
