package nl.thuisbasis.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.SpreadsheetFile;
import org.junit.jupiter.api.Test;

class InstrumentFileTest {

    static final String HEADER = "domain,domain_nl,domain_en,level,description_nl,description_en\n";

    static SpreadsheetFile.Sheet sheet(String csv) {
        return SpreadsheetFile.read(csv.getBytes(StandardCharsets.UTF_8), "instrument-refused", "trajectory.instrument.problem");
    }

    static String domain(String code, String nl, String en) {
        StringBuilder rows = new StringBuilder();
        for (int level = 1; level <= 5; level++) {
            rows.append("%s,%s,%s,%d,Niveau %d,Level %d\n".formatted(code, nl, en, level, level, level));
        }
        return rows.toString();
    }

    @Test
    void the_shipped_instrument_has_the_thirteen_domains_and_landing_in_the_neighbourhood() throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/trajectory/instrument-thuisbasis-1.csv")) {
            file = in.readAllBytes();
        }
        InstrumentFile.Result result = InstrumentFile.read("thuisbasis-leefgebieden", 1,
                SpreadsheetFile.read(file, "instrument-refused", "trajectory.instrument.problem"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.instrument().domains()).hasSize(14);
        assertThat(result.instrument().domainCodes()).startsWith("FINANCES").endsWith("NEIGHBOURHOOD");
        assertThat(result.instrument().domain("HOUSING").orElseThrow().level(1).nl()).contains("Dakloos");
        assertThat(result.instrument().domains()).allSatisfy(d -> assertThat(d.levels()).hasSize(5));
    }

    @Test
    void a_well_formed_file_gives_its_domains_in_file_order() {
        InstrumentFile.Result result = InstrumentFile.read("regio", 2, sheet(HEADER + domain("HOUSING", "Wonen", "Housing")
                + domain("FINANCES", "Geld", "Money")));
        assertThat(result.ok()).isTrue();
        assertThat(result.instrument().domainCodes()).containsExactly("HOUSING", "FINANCES");
        assertThat(result.instrument().version()).isEqualTo(2);
    }

    @Test
    void a_missing_column_is_named_and_nothing_else_is_read() {
        InstrumentFile.Result result = InstrumentFile.read("regio", 2, sheet("domain,level\nHOUSING,1\n"));
        assertThat(result.instrument()).isNull();
        assertThat(result.problems()).extracting(Problem::key).containsOnly("trajectory.instrument.problem.column");
        assertThat(result.problems()).hasSize(4);
    }

    @Test
    void every_problem_is_listed_with_its_row_and_column() {
        String csv = HEADER
                + domain("HOUSING", "Wonen", "Housing").replace("HOUSING,Wonen,Housing,5,Niveau 5,Level 5\n", "")
                + "housing!,Wonen,Housing,1,a,b\n"
                + "FINANCES,Geld,Money,7,a,b\n"
                + "FINANCES,Geld,Money,1,,b\n"
                + "FINANCES,Anders,Money,2,a,b\n";
        InstrumentFile.Result result = InstrumentFile.read("regio", 2, sheet(csv));
        assertThat(result.instrument()).isNull();
        assertThat(result.problems()).extracting(Problem::key, Problem::row, Problem::field).contains(
                org.assertj.core.groups.Tuple.tuple("trajectory.instrument.problem.levelMissing", 2, "level"),
                org.assertj.core.groups.Tuple.tuple("trajectory.instrument.problem.domain", 6, "domain"),
                org.assertj.core.groups.Tuple.tuple("trajectory.instrument.problem.level", 7, "level"),
                org.assertj.core.groups.Tuple.tuple("trajectory.instrument.problem.cellEmpty", 8, "description_nl"),
                org.assertj.core.groups.Tuple.tuple("trajectory.instrument.problem.nameDiffers", 9, "domain_nl"));
        assertThat(result.problems()).filteredOn(p -> p.key().endsWith("levelMissing")).singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("HOUSING", 5));
    }

    @Test
    void a_level_twice_and_an_overlong_text_are_refused() {
        String csv = HEADER + domain("HOUSING", "Wonen", "Housing") + "HOUSING,Wonen,Housing,3,again,again\n"
                + domain("FINANCES", "Geld", "Money").replace("Niveau 4", "x".repeat(501));
        List<String> keys = InstrumentFile.read("regio", 2, sheet(csv)).problems().stream().map(Problem::key).toList();
        assertThat(keys).containsExactlyInAnyOrder("trajectory.instrument.problem.levelTwice",
                "trajectory.instrument.problem.tooLong");
    }
}
