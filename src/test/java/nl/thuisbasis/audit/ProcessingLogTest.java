package nl.thuisbasis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(extraIncludes = "platform")
class ProcessingLogTest {

    @Autowired
    ProcessingLog log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_recorded_activity_can_be_found_with_purpose_and_legal_basis() {
        log.recordAs("tester", "GM0505", Processing.of("READ", "testobject", "42", "Testen", LegalBasis.OPERATION));

        List<ProcessingLogEntry> found = log.search(new ProcessingLogQuery("tester", "READ", "testobject", "42", null, null, 10));

        assertThat(found).isNotEmpty().first().satisfies(entry -> {
            assertThat(entry.actorOrganisation()).isEqualTo("GM0505");
            assertThat(entry.purpose()).isEqualTo("Testen");
            assertThat(entry.legalBasis()).isEqualTo(LegalBasis.OPERATION);
            assertThat(entry.outcome()).isEqualTo("SUCCESS");
            assertThat(entry.traceId()).isNotBlank();
        });
    }

    @Test
    void the_database_refuses_to_change_or_remove_log_rows() {
        log.recordAs("tester", null, Processing.of("READ", "testobject", "43", "Testen", LegalBasis.OPERATION));

        assertThatThrownBy(() -> jdbc.sql("update processing_log set actor = 'iemand anders'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from processing_log").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate processing_log").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void the_application_has_no_code_path_that_updates_or_deletes_log_rows() throws IOException {
        Pattern mutation = Pattern.compile("(?is)(update\\s+processing_log|delete\\s+from\\s+processing_log|"
                + "truncate\\s+(table\\s+)?processing_log|drop\\s+table\\s+processing_log)");
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            List<Path> offenders = sources.filter(Files::isRegularFile)
                    .filter(path -> !path.toString().endsWith("V1__processing_log.sql"))
                    .filter(path -> {
                        try {
                            return mutation.matcher(Files.readString(path)).find();
                        } catch (IOException | java.io.UncheckedIOException e) {
                            return false; // binary resources
                        }
                    }).toList();
            assertThat(offenders).isEmpty();
        }
        assertThat(ProcessingLog.class.getMethods()).extracting(java.lang.reflect.Method::getName)
                .doesNotContain("update", "delete", "remove", "change");
    }
}
