package nl.thuisbasis.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One date format per language")
class DateFormatsTest {

    static final Locale DUTCH = Locale.of("nl");

    @Test
    void a_date_is_written_16_11_2026_in_dutch_and_16_nov_2026_in_english() {
        LocalDate date = LocalDate.of(2026, 11, 6);
        assertThat(DateFormats.date(date, DUTCH)).isEqualTo("06-11-2026");
        assertThat(DateFormats.date(date, Locale.ENGLISH)).isEqualTo("6 Nov 2026");
        assertThat(DateFormats.date(null, DUTCH)).isEmpty();
    }

    @Test
    void a_moment_is_shown_in_dutch_time() {
        Instant winterEvening = Instant.parse("2026-11-16T23:30:00Z");
        assertThat(DateFormats.dateTime(winterEvening, DUTCH)).isEqualTo("17-11-2026 00:30");
        assertThat(DateFormats.dateTime(winterEvening, Locale.ENGLISH)).isEqualTo("17 Nov 2026, 00:30");
        assertThat(DateFormats.month(LocalDate.of(2026, 11, 16), DUTCH)).isEqualTo("november 2026");
    }

    @Test
    void a_typed_date_is_read_strictly_in_iso_or_dutch() {
        DateInput input = new DateInput();
        assertThat(input.parse("2026-11-16", DUTCH)).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(input.parse(" 16-11-2026 ", DUTCH)).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(input.parse("", DUTCH)).isNull();
        assertThatThrownBy(() -> input.parse("31-2-2026", DUTCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> input.parse("0000-01-01", DUTCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> input.parse("+999999999-12-31", DUTCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> input.parse("morgen", DUTCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
