package nl.thuisbasis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The log after the Logboek Dataverwerkingen: pseudonyms for data subjects, trace, start and end, the activity. */
@ApplicationModuleTest(extraIncludes = "platform")
class ProcessingLogLdvTest {

    @Autowired
    ProcessingLog log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_entry_about_a_client_keeps_a_stable_pseudonym_instead_of_the_id() {
        String client = UUID.randomUUID().toString();
        String pseudonym = log.pseudonym("client", client);
        assertThat(pseudonym).matches("[0-9a-f]{64}").isEqualTo(log.pseudonym("client", client))
                .isNotEqualTo(log.pseudonym("candidate", client))
                .isNotEqualTo(log.pseudonym("client", UUID.randomUUID().toString()));

        log.recordAs("tester", "GM0505", Processing.of("trajectory.client.read", "client", client, "Testen", LegalBasis.CARE));

        Map<String, Object> row = jdbc.sql("select * from processing_log where subject_ref = ?").param(pseudonym).query()
                .singleRow();
        assertThat(row.get("object_id")).isNull();
        assertThat(row.get("object_type")).isEqualTo("client");
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(client));
        // found by kind and id through the same pseudonym, in the search and for the client's overview
        assertThat(log.search(new ProcessingLogQuery(null, null, "client", client, null, null, 10))).singleElement()
                .satisfies(e -> assertThat(e.subjectRef()).isEqualTo(pseudonym));
        assertThat(log.ofSubject("client", client, 10)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("tester");
            assertThat(e.actorOrganisation()).isEqualTo("GM0505");
            assertThat(e.action()).isEqualTo("trajectory.client.read");
            assertThat(e.outcome()).isEqualTo("SUCCESS");
        });
        assertThat(log.search(new ProcessingLogQuery(null, null, null, null, null, null, 10, pseudonym))).hasSize(1);
    }

    @Test
    void an_entry_about_something_else_keeps_its_id() {
        log.recordAs("tester", null, Processing.of("facility.update", "facility", "F-77", "Testen", LegalBasis.OPERATION));
        assertThat(jdbc.sql("select subject_ref is null and object_id = 'F-77' from processing_log where action = "
                + "'facility.update' and object_id = 'F-77'").query(Boolean.class).single()).isTrue();
    }

    @Test
    void a_subjects_entries_come_newest_first_and_include_those_from_before_pseudonyms() {
        String client = UUID.randomUUID().toString();
        // an entry as the log wrote it before migration V32: the id, no pseudonym
        jdbc.sql("insert into processing_log (occurred_at, trace_id, actor, action, object_type, object_id, purpose, "
                + "legal_basis) values (now() - interval '1 day', 'old', 'vroeger', 'trajectory.client.read', 'client', ?, "
                + "'Testen', 'x')").param(client).update();
        log.recordAs("tester", null, Processing.of("trajectory.client.phase", "client", client, "Testen", LegalBasis.CARE));

        List<ProcessingLogEntry> entries = log.ofSubject("client", client, 10);
        assertThat(entries).extracting(ProcessingLogEntry::actor).containsExactly("tester", "vroeger");
        assertThat(log.search(new ProcessingLogQuery(null, null, "client", client, null, null, 10))).hasSize(2);
    }

    @Test
    void outside_a_request_every_entry_gets_a_trace_and_operation_of_its_own_with_start_and_end() {
        log.recordAs("job", null, Processing.of("reports.retention", "report", "r1", "Testen", LegalBasis.OPERATION));
        log.recordAs("job", null, Processing.of("reports.retention", "report", "r2", "Testen", LegalBasis.OPERATION));
        List<Map<String, Object>> rows = jdbc.sql("select trace_id, operation_id, started_at, ended_at, activity_code, "
                + "activity_version from processing_log where actor = 'job' and object_id in ('r1', 'r2') order by id").query()
                .listOfRows();
        assertThat(rows).hasSize(2).allSatisfy(r -> {
            assertThat((String) r.get("trace_id")).matches("[0-9a-f]{32}");
            assertThat((String) r.get("operation_id")).matches("[0-9a-f]{16}");
            assertThat(r.get("started_at")).isNotNull().isEqualTo(r.get("ended_at"));
            assertThat(r.get("activity_code")).isEqualTo("neighbour-reports");
            assertThat(r.get("activity_version")).isEqualTo(1);
        });
        assertThat(rows.get(0).get("trace_id")).isNotEqualTo(rows.get(1).get("trace_id"));
    }

    @Test
    void inside_a_request_the_entry_carries_the_requests_trace_operation_and_start() {
        MDC.put(TraceContext.TRACE_ID, "4bf92f3577b34da6a3ce929d0e0e4736");
        MDC.put(TraceContext.SPAN_ID, "1111222233334444");
        MDC.put(TraceContext.PARENT_ID, "00f067aa0ba902b7");
        MDC.put(TraceContext.STARTED_AT, Long.toString(System.currentTimeMillis() - 5_000));
        try {
            log.recordAs("traced", null, Processing.of("READ", "processing-log", null, "Testen", LegalBasis.OPERATION));
        } finally {
            MDC.clear();
        }
        Map<String, Object> row = jdbc.sql("select trace_id, operation_id, parent_operation_id, "
                + "extract(epoch from ended_at - started_at) as took, activity_code from processing_log where actor = 'traced'")
                .query().singleRow();
        assertThat(row.get("trace_id")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(row.get("operation_id")).isEqualTo("1111222233334444");
        assertThat(row.get("parent_operation_id")).isEqualTo("00f067aa0ba902b7");
        assertThat(((Number) row.get("took")).doubleValue()).isBetween(4.0, 60.0);
        assertThat(row.get("activity_code")).isEqualTo("log-supervision");
    }

    @Test
    void only_a_kind_of_data_subject_has_a_pseudonym() {
        assertThatThrownBy(() -> log.pseudonym("facility", "F-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_key_made_once_is_kept_in_the_database_and_the_register_keeps_every_version() {
        log.pseudonym("client", "1");
        assertThat(jdbc.sql("select count(*) from audit_secret where name = 'pseudonym'").query(Long.class).single())
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update processing_activity set retention_months = 1").update())
                .hasMessageContaining("keeps every version");
    }
}
