package nl.thuisbasis.trajectory.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.CrisisPhase;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules;
import nl.thuisbasis.trajectory.domain.CrisisPlanSamples;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A client's crisis plan: saved, read, changed with the version read, refused when stale or invalid, only for the provider. */
@SpringBootTest(properties = "thuisbasis.embedded-db.database=trajectory_crisis")
class CrisisPlansTest {

    @Autowired
    CrisisPlans plans;

    @Autowired
    Clients clients;

    @Autowired
    CrisisCard card;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.thuisbasis.audit.ProcessingLog processingLog;

    CurrentUser user(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    UUID client() {
        return clients.register(user("begeleider"), new ClientRules.Draft("Mila Testpersoon", LocalDate.of(1991, 5, 6),
                "C-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.INDEPENDENT, null, null, null, null,
                "begeleider", null));
    }

    long logged(UUID client, String action, String outcome) {
        return jdbc.sql("select count(*) from processing_log where action = ? and object_type = 'client' and subject_ref = ? "
                + "and outcome = ? and legal_basis = ? and purpose = ?")
                .params(action, processingLog.pseudonym("client", client.toString()), outcome, LegalBasis.CARE, Clients.PURPOSE).query(Long.class).single();
    }

    long rows(UUID client) {
        return jdbc.sql("select (select count(*) from crisis_plan where client_id = :c) + (select count(*) from crisis_plan_phase "
                + "where client_id = :c) + (select count(*) from crisis_plan_contact where client_id = :c) "
                + "+ (select count(*) from crisis_plan_risk where client_id = :c)").param("c", client).query(Long.class).single();
    }

    @Test
    void a_plan_is_saved_read_and_changed_with_the_version_that_was_read() {
        CurrentUser worker = user("begeleider");
        UUID client = client();
        LocalDate today = clients.today();
        assertThat(plans.current(worker, client)).isEmpty();

        assertThat(plans.save(worker, client, null, CrisisPlanSamples.ordinary(today.minusDays(2)))).isZero();
        CrisisPlanView plan = plans.current(worker, client).orElseThrow();
        assertThat(plan.agreedOn()).isEqualTo(today.minusDays(2));
        assertThat(plan.changedBy()).isEqualTo("begeleider");
        assertThat(plan.phases()).extracting(CrisisPlanRules.PhasePlan::phase).containsExactly(CrisisPhase.values());
        assertThat(plan.phases().get(2).contacts()).extracting(CrisisPlanRules.Contact::phone)
                .containsExactly("0900-1234", "+31 6 8765 4321");
        assertThat(plan.arrangements().pets()).isEqualTo("Zus zorgt voor de hond");
        assertThat(plan.risks()).containsExactly(new CrisisPlanRules.Risk("Schulden", "Budgetbeheer via de bank"));
        assertThat(plan.keyContacts()).hasSize(3);

        CrisisPlanRules.Draft changed = new CrisisPlanRules.Draft(today, true, List.of(new CrisisPlanRules.PhasePlan(
                CrisisPhase.CRISIS, "Trekt zich terug", null, null, List.of())), null, null);
        assertThat(plans.save(worker, client, plan.version(), changed)).isEqualTo(1);
        CrisisPlanView now = plans.current(worker, client).orElseThrow();
        assertThat(now.phases().get(2).signals()).isEqualTo("Trekt zich terug");
        assertThat(now.phases().get(2).contacts()).isEmpty();
        assertThat(now.risks()).isEmpty();
        assertThat(now.arrangements().isEmpty()).isTrue();

        assertThat(logged(client, "trajectory.crisis.save", "SUCCESS")).isEqualTo(2);
        assertThat(logged(client, "trajectory.crisis.read", "SUCCESS")).isEqualTo(3);
    }

    @Test
    void a_save_with_a_stale_version_is_refused_and_changes_nothing() {
        CurrentUser worker = user("begeleider");
        UUID client = client();
        plans.save(worker, client, null, CrisisPlanSamples.ordinary(clients.today()));
        plans.save(worker, client, 0, CrisisPlanSamples.ordinary(clients.today()));
        long before = rows(client);
        for (Integer stale : new Integer[] {null, 0, 7}) {
            assertThatThrownBy(() -> plans.save(worker, client, stale, CrisisPlanSamples.ordinary(clients.today())))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.status()).isEqualTo(409));
        }
        assertThat(rows(client)).isEqualTo(before);
        assertThat(plans.current(worker, client).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void an_invalid_draft_stores_nothing() {
        CurrentUser worker = user("begeleider");
        UUID client = client();
        CrisisPlanRules.Draft ordinary = CrisisPlanSamples.ordinary(clients.today());
        CrisisPlanRules.Draft invalid = new CrisisPlanRules.Draft(clients.today().plusDays(1), false, ordinary.phases(),
                ordinary.arrangements(), List.of(new CrisisPlanRules.Risk("Schulden", null)));
        assertThatThrownBy(() -> plans.save(worker, client, null, invalid)).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.problems()).extracting(p -> p.field()).containsExactly("agreedOn", "madeWithClient", "risks[0].agreement");
        });
        assertThat(rows(client)).isZero();
        assertThat(logged(client, "trajectory.crisis.save", "SUCCESS")).isZero();
    }

    @Test
    void only_the_provider_reads_saves_or_prints_the_plan_and_every_refusal_is_logged() {
        UUID client = client();
        plans.save(user("begeleider"), client, null, CrisisPlanSamples.ordinary(clients.today()));
        for (String other : new String[] {"gemeente", "corporatie", "regio", "beheerder"}) {
            assertThatThrownBy(() -> plans.read(user(other), client)).isInstanceOfSatisfying(Refused.class,
                    r -> assertThat(r.kind()).isEqualTo(Refused.Kind.NOT_FOUND));
            assertThatThrownBy(() -> plans.save(user(other), client, 0, CrisisPlanSamples.ordinary(clients.today())))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.NOT_FOUND));
            assertThatThrownBy(() -> plans.card(user(other), client)).isInstanceOfSatisfying(Refused.class,
                    r -> assertThat(r.kind()).isEqualTo(Refused.Kind.NOT_FOUND));
        }
        assertThat(logged(client, "trajectory.client.crisis.read", "FAILURE")).isEqualTo(4);
        assertThat(logged(client, "trajectory.client.crisis.save", "FAILURE")).isEqualTo(4);
        assertThat(logged(client, "trajectory.client.crisis.card", "FAILURE")).isEqualTo(4);
        assertThat(plans.current(user("begeleider"), client).orElseThrow().version()).isZero();
    }

    @Test
    void the_crisis_card_is_one_page_even_with_every_field_at_its_longest() throws Exception {
        CurrentUser worker = user("begeleider");
        UUID client = client();
        assertThatThrownBy(() -> plans.card(worker, client)).as("no plan, no card").isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.status()).isEqualTo(404));

        plans.save(worker, client, null, CrisisPlanSamples.ordinary(LocalDate.of(2026, 11, 16)));
        String text = cardText(plans.card(worker, client), "nl", "ordinary");
        assertThat(text).contains("Crisiskaart van Mila Testpersoon", "Rustig", "Spanning", "Crisis", "Herstel na de crisis",
                "06-12345678", "0900-1234", "Buurman haalt de post", "16-11-2026", "112").doesNotContain("Schulden");
        assertThat(logged(client, "trajectory.crisis.card", "SUCCESS")).isEqualTo(1);

        LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            assertThat(cardText(plans.card(worker, client), "en", "ordinary-en")).contains("Crisis card of Mila Testpersoon", "Calm", "Tension",
                    "Recovery after the crisis");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }

        plans.save(worker, client, 0, CrisisPlanSamples.longest(clients.today()));
        String longest = cardText(plans.card(worker, client), "nl", "longest");
        assertThat(longest).contains("Mila Testpersoon", "Rustig", "Herstel na de crisis", "+31 (0)6 1234 5678 9");
        CrisisPlanView plan = plans.current(worker, client).orElseThrow();
        assertThat(Double.parseDouble(card.render(clients.require(worker, client, "test"), plan).fontSize()))
                .as("ordinary words at every field's longest still read at 7.5 pt").isGreaterThanOrEqualTo(7.5);

        plans.save(worker, client, 1, CrisisPlanSamples.widest(clients.today()));
        assertThat(cardText(plans.card(worker, client), "nl", "widest")).contains("Mila Testpersoon", "Herstel na de crisis");
    }

    /**
     * The card's text (white space as single spaces), after checking that it is one tagged page with its language and
     * title; the card is kept as target/crisis-card-{name}.pdf to look at.
     */
    static String cardText(byte[] pdf, String language, String name) throws Exception {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "crisis-card-" + name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("the crisis card is one page").isEqualTo(1);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
            assertThat(document.getDocumentInformation().getTitle()).contains("Mila Testpersoon");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
