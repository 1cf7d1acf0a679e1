package nl.thuisbasis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceParentTest {

    static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void a_valid_version_00_header_is_read() {
        assertThat(TraceParent.parse(VALID)).hasValueSatisfying(t -> {
            assertThat(t.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(t.parentId()).isEqualTo("00f067aa0ba902b7");
            assertThat(t.flags()).isEqualTo("01");
        });
        assertThat(TraceParent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00")).isPresent();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // trace id all zeros
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", // parent id all zeros
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", // upper case
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00F067AA0BA902B7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",  // trace id too short
        "00-4bf92f3577b34da6a3ce929d0e0e47366-00f067aa0ba902b7-01", // too long
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b-01",  // parent id too short
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1",   // flags too short
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // forbidden version
        "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // a version this product does not know
        "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01",
        "00-4bf92f3577b34da6a3ce929d0e0e47zz-00f067aa0ba902b7-01", // not hexadecimal
        "garbage"})
    void anything_else_is_ignored(String header) {
        assertThat(TraceParent.parse(header)).isEmpty();
    }

    @Test
    void new_ids_have_the_right_length_are_lower_case_hex_and_differ() {
        String trace = TraceParent.newTraceId();
        String span = TraceParent.newSpanId();
        assertThat(trace).matches("[0-9a-f]{32}").isNotEqualTo(TraceParent.newTraceId());
        assertThat(span).matches("[0-9a-f]{16}").isNotEqualTo(TraceParent.newSpanId());
        assertThat(TraceParent.parse(TraceParent.header(trace, span, "01"))).isPresent();
    }
}
