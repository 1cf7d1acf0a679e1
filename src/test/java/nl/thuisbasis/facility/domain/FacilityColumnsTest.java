package nl.thuisbasis.facility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Facility spreadsheet columns")
class FacilityColumnsTest {

    static Map<String, String> row() {
        Map<String, String> cells = new HashMap<>();
        cells.put("naam", "Skaeve Huse Kerkeplaat");
        cells.put("soort", "skaeve_huse");
        cells.put("doelgroepen", "HOMELESS|addiction");
        cells.put("zorgaanbieder", "leger-des-heils");
        cells.put("straat", "Kerkeplaat");
        cells.put("huisnummer", "1");
        cells.put("postcode", "3313 AA");
        cells.put("plaats", "Dordrecht");
        cells.put("lengtegraad", "4,7268");
        cells.put("breedtegraad", "51.8206");
        cells.put("capaciteit", "5.0");
        cells.put("eenheid", "UNITS");
        cells.put("status", "IN_USE");
        cells.put("geopend_op", "1-9-2018");
        cells.put("openbaar", "ja");
        return cells;
    }

    @Test
    void a_row_with_dutch_spreadsheet_habits_reads_into_a_valid_draft() {
        FacilityColumns.ParsedRow parsed = FacilityColumns.read(row());
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.draft().type()).isEqualTo(FacilityType.SKAEVE_HUSE);
        assertThat(parsed.draft().targetGroups()).containsExactlyInAnyOrder(TargetGroup.HOMELESS, TargetGroup.ADDICTION);
        assertThat(parsed.draft().lon()).isEqualTo(4.7268);
        assertThat(parsed.draft().capacity()).isEqualTo(5);
        assertThat(parsed.draft().openedOn()).hasToString("2018-09-01");
        assertThat(parsed.draft().publiclyListed()).isTrue();
        assertThat(FacilityValidation.validate(parsed.draft())).isEmpty();
    }

    @Test
    void unreadable_cells_are_reported_per_column() {
        Map<String, String> cells = row();
        cells.put("soort", "kasteel");
        cells.put("capaciteit", "veel");
        cells.put("geopend_op", "gisteren");
        cells.put("openbaar", "misschien");
        assertThat(FacilityColumns.read(cells).problems()).extracting(nl.thuisbasis.platform.Problem::field)
                .containsExactlyInAnyOrder("soort", "capaciteit", "geopend_op", "openbaar");
    }

    @Test
    void a_header_with_an_unknown_column_or_without_a_required_one_is_refused() {
        List<String> header = new java.util.ArrayList<>(FacilityColumns.HEADERS);
        header.remove("postcode");
        header.add("kleur");
        assertThat(FacilityColumns.headerProblems(header)).hasSize(2)
                .anySatisfy(p -> assertThat(Texts.text(p)).contains("kleur"))
                .anySatisfy(p -> assertThat(Texts.text(p)).contains("postcode"));
        assertThat(FacilityColumns.headerProblems(FacilityColumns.HEADERS)).isEmpty();
    }
}
