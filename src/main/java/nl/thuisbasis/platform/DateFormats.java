package nl.thuisbasis.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

/**
 * One way to write a date per language, everywhere (pages, PDFs, messages, charts): 16-11-2026 in Dutch,
 * 16 Nov 2026 in English; a moment is shown in Dutch time with hours and minutes.
 */
public final class DateFormats {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DUTCH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.of("nl"));
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private DateFormats() {
    }

    /** The date (a moment: its date in Dutch time). Empty for null. */
    public static String date(Object value, Locale locale) {
        LocalDate date = toDate(value);
        return date == null ? "" : date.format(english(locale) ? ENGLISH_DATE : DUTCH_DATE);
    }

    /** Date with hours and minutes in Dutch time; a plain date has no time and is shown as a date. */
    public static String dateTime(Object value, Locale locale) {
        LocalDateTime time = toDateTime(value);
        if (time == null) {
            return date(value, locale);
        }
        return date(time.toLocalDate(), locale) + (english(locale) ? ", " : " ") + "%02d:%02d".formatted(time.getHour(),
                time.getMinute());
    }

    /** A month in words: "november 2026". */
    public static String month(Object value, Locale locale) {
        YearMonth month = value instanceof YearMonth m ? m : toDate(value) == null ? null : YearMonth.from(toDate(value));
        return month == null ? "" : month.format(english(locale) ? ENGLISH_MONTH : DUTCH_MONTH);
    }

    private static boolean english(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    private static LocalDate toDate(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case LocalDateTime t -> t.toLocalDate();
            case YearMonth m -> m.atDay(1);
            default -> {
                LocalDateTime time = toDateTime(value);
                yield time == null ? null : time.toLocalDate();
            }
        };
    }

    private static LocalDateTime toDateTime(Object value) {
        return switch (value) {
            case LocalDateTime t -> t;
            case Instant i -> LocalDateTime.ofInstant(i, ZONE);
            case OffsetDateTime o -> o.atZoneSameInstant(ZONE).toLocalDateTime();
            case ZonedDateTime z -> z.withZoneSameInstant(ZONE).toLocalDateTime();
            case Date d -> LocalDateTime.ofInstant(d.toInstant(), ZONE);
            case TemporalAccessor t when t.isSupported(java.time.temporal.ChronoField.INSTANT_SECONDS) ->
                    LocalDateTime.ofInstant(Instant.from(t), ZONE);
            case null, default -> null;
        };
    }
}
