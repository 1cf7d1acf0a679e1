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
}
