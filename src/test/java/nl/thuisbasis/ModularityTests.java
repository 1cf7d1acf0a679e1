package nl.thuisbasis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ThuisbasisApplication.class);

    @Test
    void modules_only_use_each_others_public_api() {
        modules.verify();
    }

    /**
     * Regenerates docs/modules on every build; {@code .ci/run} fails when the result differs from what is committed,
     * so the diagram in the docs is always the one of the code. Relations are sorted, so the files do not depend on the
     * order in which classes were found.
     */
    @Test
    void module_documentation_and_diagram_are_written() throws IOException {
        Path folder = Path.of("docs/modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        List<Path> written;
        try (Stream<Path> files = Files.list(folder)) {
            written = files.filter(f -> f.toString().endsWith(".puml")).toList();
        }
        for (Path diagram : written) {
            Files.write(diagram, sortedRelations(Files.readAllLines(diagram)));
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path canvas : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                Files.write(canvas, sortedLists(Files.readAllLines(canvas)));
            }
        }
        assertThat(folder.resolve("components.puml")).content().contains("Outflow", "Platform");
        for (ApplicationModule module : modules) {
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).exists();
        }
    }

    /** Each run of consecutive {@code Rel(} lines in alphabetical order. */
    static List<String> sortedRelations(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                block.add(line);
                continue;
            }
            Collections.sort(block);
            result.addAll(block);
            block.clear();
            result.add(line);
        }
        Collections.sort(block);
        result.addAll(block);
        return result;
    }

    /**
     * Each bullet list of a module canvas (a table cell {@code |* a} followed by {@code * b} lines) in alphabetical
     * order: the documenter lists events and listeners in the order it found them, which differs between runs.
     */
    static List<String> sortedLists(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("|* ") && block.isEmpty() || line.startsWith("* ") && !block.isEmpty()) {
                block.add(line.startsWith("|") ? line.substring(1) : line);
                continue;
            }
            flush(block, result);
            if (line.startsWith("|* ")) {
                block.add(line.substring(1));
            } else {
                result.add(line);
            }
        }
        flush(block, result);
        return result;
    }

    private static void flush(List<String> block, List<String> result) {
        if (block.isEmpty()) {
            return;
        }
        Collections.sort(block);
        result.add("|" + block.getFirst());
        result.addAll(block.subList(1, block.size()));
        block.clear();
    }

    @Test
    void domain_policies_use_no_spring_and_no_jdbc() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.thuisbasis");
        noClasses().that().resideInAPackage("nl.thuisbasis..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta.persistence..", "jakarta.servlet..")
                .because("business policies are plain Java, testable without a container (see docs/decisions)")
                .allowEmptyShould(false)
                .check(classes);
    }
}
