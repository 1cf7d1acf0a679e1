package nl.thuisbasis.outflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.outflow.candidate.CandidateView;
import nl.thuisbasis.outflow.domain.matching.Access;
import nl.thuisbasis.outflow.domain.matching.Candidate;
import nl.thuisbasis.outflow.domain.matching.MatchingEngine;
import nl.thuisbasis.outflow.domain.matching.MatchingProblem;
import nl.thuisbasis.outflow.domain.matching.MatchingResult;
import nl.thuisbasis.outflow.domain.matching.Vacancy;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words of a matching round: the engine's explanations (codes with arguments) read in Dutch as they always did and
 * in English; a new round stores codes and keys, not sentences; a round stored before that (Dutch sentences) shows what
 * it stored, in any language, and a corporation still sees only the anonymous reasons of the others on its list.
 */
@SpringBootTest
@Transactional
@DisplayName("The words of a matching round")
class RoundTextsTest {

    @Autowired
    RoundTexts texts;

    @Autowired
    MatchingRepository repository;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** The round of MatchingEngineExactnessTest's explanation: one dwelling, three candidates. */
    static MatchingResult round() {
        Candidate early = new Candidate("vroeg", LocalDate.of(2026, 1, 5), 1, Set.of(), 800, List.of("GM0505", "GM0590"),
                Set.of(), "GM0505", "SHELTER");
        Candidate late = new Candidate("laat", LocalDate.of(2026, 3, 1), 1, Set.of(), 800, List.of("GM0505"), Set.of(),
                "GM0505", "SHELTER");
        Candidate wheelchair = new Candidate("rolstoel", LocalDate.of(2025, 12, 1), 1, Set.of(Access.WHEELCHAIR), 800,
                List.of("GM0505"), Set.of(), "GM0505", "SHELTER");
        Vacancy v = new Vacancy("w1", "trivire", "GM0505", "BU05050101", 2, 700, Set.of(Access.LIFT));
        return MatchingEngine.solve(new MatchingProblem(List.of(early, late, wheelchair), List.of(v), Map.of("trivire", 5), Map.of()));
    }

    @Test
    void the_engine_s_explanations_read_in_dutch_as_before_and_in_english() {
        MatchingResult r = round();
        LocaleContextHolder.setLocale(Messages.DUTCH);
        assertThat(texts.reasons(r.rankedPerVacancy().get("w1").get(0).reasons()))
                .containsExactly("urgent sinds 05-01-2026", "1e keus van gemeente", "gemeente van herkomst");
        assertThat(texts.leftOut(r.leftOut().get("rolstoel")))
                .isEqualTo("Geen van de 1 woningen voldoet aan de harde regels: toegankelijkheid past niet (1).");
        assertThat(texts.leftOut(r.leftOut().get("laat"))).isEqualTo("De 1 passende woning(en) gaan naar kandidaten die langer "
                + "wachten, of zijn nodig om zo veel mogelijk mensen te huisvesten.");
        assertThat(texts.anonymous(3)).isEqualTo("Kandidaat 3");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.reasons(r.rankedPerVacancy().get("w1").get(0).reasons()))
                .containsExactly("urgent since 5 Jan 2026", "1st choice of municipality", "municipality of origin");
        assertThat(texts.leftOut(r.leftOut().get("rolstoel")))
                .isEqualTo("None of the 1 dwellings meets the hard rules: accessibility does not fit (1).");
        assertThat(texts.leftOut(r.leftOut().get("laat"))).contains("have waited longer").doesNotContain("wachten");
        assertThat(texts.anonymous(3)).isEqualTo("Candidate 3");
    }

    @Test
    void a_new_round_is_stored_as_codes_and_keys_and_read_in_the_reader_s_language() {
        MatchingResult r = round();
        List<RoundNote> notes = List.of(RoundNote.of("out.matching.note.capReached", "Trivire", 25, 3, 12),
                RoundNote.of("out.matching.note.capUnknown", "Alwel", 2026),
                RoundNote.of("out.matching.note.noScan", Problem.label("out.housing", CandidateView.TargetHousing.TENANCY_WITH_CARE),
                        Problem.label("siting.problem.region.unknown", "nergens")));
        String region = "test-" + UUID.randomUUID();
        repository.insertRun(UUID.randomUUID(), region, "test", 3, 1, r.objective(), new MatchingRepository.Stored(r, notes));
        String stored = jdbc.sql("select result::text from matching_run where region_code = ?").param(region).query(String.class).single();
        assertThat(stored).contains("WAITING_SINCE").contains("out.matching.note.capReached").doesNotContain("urgent sinds")
                .doesNotContain("plafond");

        MatchingRepository.Stored read = repository.latest(region).orElseThrow().stored();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.notes(read.notes())).containsExactly("Trivire has reached the cap of 25% (3 of 12).",
                "Alwel has not reported a total of vacated dwellings for 2026 yet: the cap cannot be checked.",
                "The capacity scan gave no map for independent dwelling with tenancy-with-care: Region 'nergens' does not exist.");
        assertThat(texts.leftOut(read.result().leftOut().get("rolstoel"))).startsWith("None of the 1 dwellings");
        LocaleContextHolder.setLocale(Messages.DUTCH);
        assertThat(texts.notes(read.notes())).first().isEqualTo("Trivire heeft het plafond van 25% bereikt (3 van 12).");
        assertThat(texts.notes(read.notes()).get(1)).contains("over 2026:");
    }

    @Test
    void a_round_stored_before_the_codes_shows_what_it_stored_and_keeps_the_others_anonymous() {
        String region = "test-" + UUID.randomUUID();
        jdbc.sql("""
                insert into matching_run (id, region_code, run_by, candidates, vacancies, housed, waiting_weight, fit, result)
                values (?, ?, 'test', 3, 1, 1, 1, 0, cast(? as jsonb))""").params(UUID.randomUUID(), region, """
                {"result": {"assignment": {"w1": "vroeg"}, "objective": {"housed": 1, "waitingWeight": 1, "fit": 0},
                  "rankedPerVacancy": {"w1": [
                    {"candidateId": "vroeg", "place": 1, "proposed": true,
                     "reasons": ["urgent sinds 5-1-2026", "1e keus van gemeente", "gemeente van herkomst"]},
                    {"candidateId": "laat", "place": 2, "proposed": false,
                     "reasons": ["urgent sinds 1-3-2026", "2e keus van gemeente", "voorgesteld voor een andere woning"]}]},
                  "leftOut": {"rolstoel": {"candidateId": "rolstoel", "blockedByRule": {"ACCESS": 1}, "openVacancies": 0,
                    "summary": "Geen van de 1 woningen voldoet aan de harde regels: toegankelijkheid past niet (1)."}}},
                 "notes": ["Alwel meldde nog geen totaal aan vrijgekomen woningen over 2025: het plafond is niet te toetsen."]}""")
                .update();
        MatchingRepository.Stored read = repository.latest(region).orElseThrow().stored();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        List<MatchingResult.Ranked> ranked = read.result().rankedPerVacancy().get("w1");
        assertThat(texts.reasons(ranked.get(0).reasons()))
                .containsExactly("urgent sinds 5-1-2026", "1e keus van gemeente", "gemeente van herkomst");
        assertThat(texts.reasons(ranked.get(1).anonymousReasons()))
                .containsExactly("urgent sinds 1-3-2026", "voorgesteld voor een andere woning");
        assertThat(texts.leftOut(read.result().leftOut().get("rolstoel")))
                .isEqualTo("Geen van de 1 woningen voldoet aan de harde regels: toegankelijkheid past niet (1).");
        assertThat(read.result().leftOut().get("rolstoel").blockedByRule()).containsEntry(
                nl.thuisbasis.outflow.domain.matching.Rule.ACCESS, 1);
        assertThat(texts.notes(read.notes()))
                .containsExactly("Alwel meldde nog geen totaal aan vrijgekomen woningen over 2025: het plafond is niet te toetsen.");
    }
}
