package nl.thuisbasis.trajectory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Arrangements;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Contact;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Draft;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.PhasePlan;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Risk;

/** Crisis plans for tests (generated persons and numbers only): an ordinary one, and one with every field at its longest. */
public final class CrisisPlanSamples {

    private CrisisPlanSamples() {
    }

    public static Draft ordinary(LocalDate agreedOn) {
        return new Draft(agreedOn, true, List.of(
                new PhasePlan(CrisisPhase.CALM, "Slaapt goed, gaat naar de dagbesteding", "Elke dag wandelen met de hond",
                        null, List.of()),
                new PhasePlan(CrisisPhase.TENSION, "Slaapt slecht, zegt afspraken af", "Belt de begeleider",
                        "Begeleider komt een extra keer langs", List.of(new Contact("Pim Testbegeleider", "Persoonlijk begeleider",
                                "06-12345678"))),
                new PhasePlan(CrisisPhase.CRISIS, "Neemt de telefoon niet op", "Gaat naar de zus",
                        "Zus belt de crisisdienst", List.of(new Contact("Crisisdienst Testregio", "GGZ", "0900-1234"),
                                new Contact("Ria Testzus", "Zus", "+31 6 8765 4321"))),
                new PhasePlan(CrisisPhase.AFTER, null, "Maakt met de begeleider een nieuwe weekplanning", null, List.of())),
                new Arrangements("Buurman haalt de post", "Zus zorgt voor de hond", "Reservesleutel bij de zus", null),
                List.of(new Risk("Schulden", "Budgetbeheer via de bank")));
    }

    /** Every field at its longest, in ordinary Dutch words. */
    public static Draft longest(LocalDate agreedOn) {
        return longest(agreedOn, false);
    }

    /** Every field at its longest in the widest capitals (WMWM...), and one text of one long word without spaces. */
    public static Draft widest(LocalDate agreedOn) {
        return longest(agreedOn, true);
    }

    private static Draft longest(LocalDate agreedOn, boolean wide) {
        List<PhasePlan> phases = new ArrayList<>();
        for (CrisisPhase phase : CrisisPhase.values()) {
            List<Contact> contacts = new ArrayList<>();
            for (int i = 0; i < CrisisPlanRules.CONTACTS; i++) {
                contacts.add(new Contact(text("Naam", CrisisPlanRules.NAME_LENGTH, wide),
                        text("Rol", CrisisPlanRules.ROLE_LENGTH, wide), "+31 (0)6 1234 5678 9"));
            }
            phases.add(new PhasePlan(phase, text("Signaal", CrisisPlanRules.TEXT_LENGTH, wide),
                    wide ? "W".repeat(CrisisPlanRules.TEXT_LENGTH) : text("Ik", CrisisPlanRules.TEXT_LENGTH, false),
                    text("Anderen", CrisisPlanRules.TEXT_LENGTH, wide), contacts));
        }
        List<Risk> risks = new ArrayList<>();
        for (int i = 0; i < CrisisPlanRules.RISKS; i++) {
            risks.add(new Risk(text("Risico", CrisisPlanRules.RISK_LENGTH, wide), text("Afspraak", CrisisPlanRules.RISK_LENGTH, wide)));
        }
        return new Draft(agreedOn, true, phases, new Arrangements(text("Post", CrisisPlanRules.ARRANGEMENT_LENGTH, wide),
                text("Huisdieren", CrisisPlanRules.ARRANGEMENT_LENGTH, wide),
                text("Sleutels", CrisisPlanRules.ARRANGEMENT_LENGTH, wide),
                text("Overig", CrisisPlanRules.ARRANGEMENT_LENGTH, wide)), risks);
    }

    static final String SENTENCE = " als het niet goed gaat belt de begeleider eerst mijn zus en daarna de huisarts,"
            + " want die kent mij al lang";

    /** Words after {@code first} to exactly {@code length} characters: a Dutch sentence, or the widest capitals. */
    static String text(String first, int length, boolean wide) {
        StringBuilder text = new StringBuilder(first);
        while (text.length() < length) {
            text.append(wide ? " WMWMWMW" : SENTENCE);
        }
        String cut = text.substring(0, length).strip();
        return cut + (wide ? "M" : "e").repeat(length - cut.length());
    }
}
