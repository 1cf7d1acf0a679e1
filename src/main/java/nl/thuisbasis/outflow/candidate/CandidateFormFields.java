package nl.thuisbasis.outflow.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.thuisbasis.outflow.candidate.CandidateView.ExclusionReason;
import nl.thuisbasis.outflow.candidate.CandidateView.SupportIntensity;
import nl.thuisbasis.outflow.candidate.CandidateView.TargetHousing;
import nl.thuisbasis.outflow.common.OutflowParsing;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.IncomeBand;

/** The fields of the candidate form (Dutch names, as the template posts them) to a draft and back. */
final class CandidateFormFields {

    /** Rows for excluded neighbourhoods on the form. */
    static final int EXCLUSION_ROWS = 3;

    private CandidateFormFields() {
    }

    /** The form's fields, as the draft the service checks; unreadable values go to the problems. */
    static Candidates.Draft draft(Map<String, String> f, List<String> problems) {
        Integer adults = OutflowParsing.integer(f.get("volwassenen"), "Het aantal volwassenen is een heel getal.", problems);
        Integer children = OutflowParsing.integer(f.get("kinderen"), "Het aantal kinderen is een heel getal.", problems);
        Integer bedrooms = OutflowParsing.integer(f.get("slaapkamers"), "Het aantal slaapkamers is een heel getal.", problems);
        Integer ties = OutflowParsing.integer(f.get("regiobinding"), "Het aantal jaren regiobinding is een heel getal.", problems);
        LocalDate consent = OutflowParsing.date(f.get("toestemming"), "De datum van de toestemming is geen datum.", problems);
        // acceptable municipalities: a number (1 = first choice) per municipality, empty when not acceptable
        Map<Integer, String> byRank = new TreeMap<>();
        for (Map.Entry<String, String> e : f.entrySet()) {
            if (e.getKey().startsWith("keus_") && e.getValue() != null && !e.getValue().isBlank()) {
                Integer rank = OutflowParsing.integer(e.getValue(), "De volgorde van de gemeenten bestaat uit hele getallen.", problems);
                if (rank != null && byRank.put(rank, e.getKey().substring(5)) != null) {
                    problems.add("Twee gemeenten hebben dezelfde plaats (" + rank + ") in de volgorde.");
                }
            }
        }
        List<CandidateView.Exclusion> exclusions = new ArrayList<>();
        for (int i = 1; i <= EXCLUSION_ROWS; i++) {
            String code = f.get("uitsluiting" + i);
            if (code != null && !code.isBlank()) {
                exclusions.add(new CandidateView.Exclusion(code, null, OutflowParsing.parse(ExclusionReason.class, f.get("reden" + i),
                        "Onbekende reden van uitsluiting.", problems)));
            }
        }
        return new Candidates.Draft(f.get("referentie"), blank(f.get("gemeente")), adults, children,
                OutflowParsing.parse(AgeBand.class, f.get("leeftijd"), "Onbekende leeftijdscategorie.", problems),
                OutflowParsing.parse(IncomeBand.class, f.get("inkomen"), "Onbekende inkomenscategorie.", problems),
                "true".equals(f.get("begaandegrond")), "true".equals(f.get("lift")), "true".equals(f.get("rolstoel")), bedrooms,
                new ArrayList<>(byRank.values()), exclusions, blank(f.get("herkomst")), blank(f.get("begeleider")),
                OutflowParsing.parse(SupportIntensity.class, f.get("intensiteit"), "Onbekende intensiteit.", problems),
                OutflowParsing.parse(TargetHousing.class, f.get("woonvorm"), "Onbekende woonvorm.", problems),
                blank(f.get("categorie")), ties, "true".equals(f.get("eerderWoning")), consent);
    }

    static Map<String, String> entered(CandidateView c) {
        Map<String, String> e = new HashMap<>();
        e.put("referentie", c.reference());
        e.put("gemeente", c.decidingMunicipality());
        e.put("volwassenen", String.valueOf(c.adults()));
        e.put("kinderen", String.valueOf(c.children()));
        e.put("leeftijd", c.ageBand().name());
        e.put("inkomen", c.incomeBand().name());
        e.put("begaandegrond", String.valueOf(c.needsGroundFloor()));
        e.put("lift", String.valueOf(c.needsLift()));
        e.put("rolstoel", String.valueOf(c.needsWheelchair()));
        e.put("slaapkamers", String.valueOf(c.bedroomsNeeded()));
        c.municipalities().forEach(m -> e.put("keus_" + m.code(), String.valueOf(m.rank())));
        for (int i = 0; i < c.exclusions().size() && i < EXCLUSION_ROWS; i++) {
            e.put("uitsluiting" + (i + 1), c.exclusions().get(i).neighbourhoodCode());
            e.put("reden" + (i + 1), c.exclusions().get(i).reason().name());
        }
        e.put("herkomst", c.originMunicipality());
        e.put("begeleider", c.supportProvider());
        e.put("intensiteit", c.supportIntensity().name());
        e.put("woonvorm", c.targetHousing().name());
        e.put("categorie", c.category());
        e.put("regiobinding", c.regionalTiesYears() == null ? "" : String.valueOf(c.regionalTiesYears()));
        e.put("eerderWoning", String.valueOf(c.hadOwnDwelling()));
        e.put("toestemming", c.consentOn().toString());
        e.put("versie", String.valueOf(c.version()));
        return e;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
