package nl.thuisbasis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The shape every module keeps (decision 0011), checked on the compiled code: one refusal, one place for error advice,
 * typed forms, SQL in repositories, settings through properties records, and classes small enough to read.
 */
@DisplayName("Design rules of every module")
class DesignRulesTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.thuisbasis");

    /** Classes allowed above 400 lines, with the reason. */
    static final Map<String, String> LONG_CLASSES = Map.of(
            "MatchingEngine.java", "the exact matching algorithm (decision 0009), kept in one piece to be read as one proof");

    @Test
    void refusals_are_the_platforms_one_type() {
        noClasses().that().resideOutsideOfPackage("nl.thuisbasis.platform..")
                .should().haveSimpleNameEndingWith("Refused").orShould().haveSimpleNameEndingWith("Rejected")
                .orShould().haveSimpleNameEndingWith("Conflict").orShould().haveSimpleNameContaining("Stale")
                .orShould().haveSimpleName("NotFound").orShould().haveSimpleName("NotVisible")
                .orShould().haveSimpleNameEndingWith("ApiException")
                .because("a refusal is platform.Refused with Problems (message keys), whatever the module")
                .check(CLASSES);
    }

    @Test
    void error_advice_lives_in_the_platform_only() {
        noClasses().that().resideOutsideOfPackages("nl.thuisbasis.platform..")
                .should().beAnnotatedWith(RestControllerAdvice.class)
                .because("one advice turns refusals into problem+json and one into the error page")
                .check(CLASSES);
        // OGC API Features answers its errors in the standard's own exception format (code and description)
        methods().that().areAnnotatedWith(org.springframework.web.bind.annotation.ExceptionHandler.class)
                .and().areDeclaredInClassesThat().doNotHaveSimpleName("OgcFeaturesController")
                .should().beDeclaredInClassesThat().resideInAPackage("nl.thuisbasis.platform..")
                .because("errors are turned into answers in one place (an advice that only adds model attributes is fine)")
                .check(CLASSES);
    }

    @Test
    void forms_bind_typed_records_not_maps_of_strings() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .or().areDeclaredInClassesThat().areMetaAnnotatedWith(RestController.class)
                .should(new ArchCondition<>("not bind request parameters to a Map") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaParameter parameter : method.getParameters()) {
                            if (parameter.isAnnotatedWith(RequestParam.class) && parameter.getRawType().isAssignableTo(Map.class)) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                        + " binds @RequestParam Map: use a form record with @ModelAttribute"));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void controllers_leave_sql_to_repositories() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .or().areMetaAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .because("a feature's SQL is in its repository class")
                .check(CLASSES);
    }

    @Test
    void settings_come_from_properties_records_not_value_annotations() {
        noFields().should().beAnnotatedWith(Value.class).check(CLASSES);
        classes().should(new ArchCondition<>("take no @Value parameters in constructors or methods") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Stream.concat(type.getConstructors().stream().flatMap(c -> c.getParameters().stream()),
                                type.getMethods().stream().flatMap(m -> m.getParameters().stream()))
                        .filter(p -> p.isAnnotatedWith(Value.class))
                        .forEach(p -> events.add(SimpleConditionEvent.violated(type, type.getName()
                                + " reads a setting with @Value: use the module's @ConfigurationProperties record")));
            }
        }).check(CLASSES);
    }

    @Test
    void no_class_is_longer_than_400_lines_but_the_matching_algorithm() throws IOException {
        List<String> tooLong;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            tooLong = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !LONG_CLASSES.containsKey(p.getFileName().toString()))
                    .filter(p -> lines(p) > 400)
                    .map(p -> p + " (" + lines(p) + " lines)").toList();
        }
        assertThat(tooLong).isEmpty();
    }

    /**
     * A page with several forms that create something gives each form its own token (fragments/forms :: once(part=...)):
     * with one shared token, sending the second form after going back would count as a repeat of the first.
     */
    @Test
    void every_creating_form_on_a_page_has_its_own_token() throws IOException {
        java.util.regex.Pattern once = java.util.regex.Pattern.compile("fragments/forms :: once(?:\\(part='([^']+)'\\))?");
        List<String> shared = new java.util.ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> parts = once.matcher(Files.readString(template)).results().map(m -> String.valueOf(m.group(1))).toList();
                if (parts.size() > 1 && (parts.contains("null") || parts.stream().distinct().count() < parts.size())) {
                    shared.add(template + " " + parts);
                }
            }
        }
        assertThat(shared).isEmpty();
    }

    private static long lines(Path source) {
        try (Stream<String> lines = Files.lines(source)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
