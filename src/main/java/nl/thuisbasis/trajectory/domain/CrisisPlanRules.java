package nl.thuisbasis.trajectory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.platform.Problem;

/**
 * What a crisis plan needs. It is made with the client: the day it was agreed with them (not in the future) and the
 * confirmation that it was made together. Per phase (calm, tension, crisis, after) the signals, what the client does,
 * what others do, and at most {@value #CONTACTS} contacts (a name and a phone number, a role if wanted); the practical
 * arrangements (post, pets, keys, other); at most {@value #RISKS} risk factors, each with the agreement that addresses
 * it. The lengths are chosen so that the crisis card (the phases, contacts and arrangements) always fits on one page.
 */
public final class CrisisPlanRules {

    public static final int TEXT_LENGTH = 250;
    public static final int ARRANGEMENT_LENGTH = 200;
    public static final int RISK_LENGTH = 300;
    public static final int NAME_LENGTH = 40;
    public static final int ROLE_LENGTH = 40;
    public static final int PHONE_LENGTH = 20;
    public static final int CONTACTS = 3;
    public static final int RISKS = 5;
    static final String PREFIX = "trajectory.crisis.problem.";
    /** Digits, spaces, + (only in front), - and brackets. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]+");
    /** Dutch numbers shorter than ten digits that belong on a crisis card: 112, 113, 14 + area code, 0800/0900. */
    static final Pattern SERVICE_NUMBER = Pattern.compile("112|113|14\\d{3,4}|0(800|900|906|909)\\d{4}");

    private CrisisPlanRules() {
    }

    /** A contact in a phase; null where nothing was entered. */
    public record Contact(String name, String role, String phone) {

        boolean isEmpty() {
            return blank(name) && blank(role) && blank(phone);
        }
    }

    /** One phase: the signals, what the client does, what others do, and the contacts. */
    public record PhasePlan(CrisisPhase phase, String signals, String clientDoes, String othersDo, List<Contact> contacts) {

        /** The phase with nothing in it. */
        public static PhasePlan empty(CrisisPhase phase) {
            return new PhasePlan(phase, null, null, null, List.of());
        }

        public List<Contact> contacts() {
            return contacts == null ? List.of() : contacts;
        }

        public boolean isEmpty() {
            return blank(signals) && blank(clientDoes) && blank(othersDo) && contacts().stream().allMatch(Contact::isEmpty);
        }
    }

    /** The practical arrangements: who sees to the post, the pets, the keys, and anything else. */
    public record Arrangements(String post, String pets, String keys, String other) {

        public static final Arrangements NONE = new Arrangements(null, null, null, null);

        public boolean isEmpty() {
            return blank(post) && blank(pets) && blank(keys) && blank(other);
        }
    }

    /** A risk factor and the agreement that addresses it. */
    public record Risk(String risk, String agreement) {

        boolean isEmpty() {
            return blank(risk) && blank(agreement);
        }
    }

    /**
     * A crisis plan as entered (from the page's form or, later, an API request body); null where nothing was entered.
     * A phase that is not in the list is empty.
     */
    public record Draft(LocalDate agreedOn, Boolean madeWithClient, List<PhasePlan> phases, Arrangements arrangements,
            List<Risk> risks) {

        public List<PhasePlan> phases() {
            return phases == null ? List.of() : phases;
        }

        public Arrangements arrangements() {
            return arrangements == null ? Arrangements.NONE : arrangements;
        }

        public List<Risk> risks() {
            return risks == null ? List.of() : risks;
        }
    }

    /** Every problem at once, each at its field ({@code phases[2].contacts[0].phone}, {@code risks[1].agreement}). */
    public static List<Problem> problems(Draft d, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (d.agreedOn() == null) {
            problems.add(Problem.at("agreedOn", PREFIX + "agreedOn.required"));
        } else if (!Inputs.sensible(d.agreedOn())) {
            problems.add(Problem.at("agreedOn", "problem.date.range"));
        } else if (d.agreedOn().isAfter(today)) {
            problems.add(Problem.at("agreedOn", PREFIX + "agreedOn.future"));
        }
        if (!Boolean.TRUE.equals(d.madeWithClient())) {
            problems.add(Problem.at("madeWithClient", PREFIX + "madeWithClient.required"));
        }
        phases(d.phases(), problems);
        Arrangements a = d.arrangements();
        String at = "arrangements.";
        Inputs.text(problems, at + "post", a.post(), ARRANGEMENT_LENGTH);
        Inputs.text(problems, at + "pets", a.pets(), ARRANGEMENT_LENGTH);
        Inputs.text(problems, at + "keys", a.keys(), ARRANGEMENT_LENGTH);
        Inputs.text(problems, at + "other", a.other(), ARRANGEMENT_LENGTH);
        risks(d.risks(), problems);
        if (d.phases().stream().allMatch(p -> p == null || p.isEmpty())) {
            problems.add(Problem.at("phases", PREFIX + "phases.empty"));
        }
        return problems;
    }

    private static void phases(List<PhasePlan> phases, List<Problem> problems) {
        if (phases.size() > CrisisPhase.values().length) {
            problems.add(Problem.at("phases", PREFIX + "phases.tooMany", CrisisPhase.values().length));
            return;
        }
        Map<CrisisPhase, Integer> seen = new EnumMap<>(CrisisPhase.class);
        for (int i = 0; i < phases.size(); i++) {
            PhasePlan p = phases.get(i);
            String at = "phases[" + i + "]";
            if (p == null) {
                continue;
            }
            if (p.phase() == null) {
                problems.add(Problem.at(at + ".phase", PREFIX + "phase.required"));
            } else if (seen.put(p.phase(), i) != null) {
                problems.add(Problem.at(at + ".phase", PREFIX + "phase.twice"));
            }
            Inputs.text(problems, at + ".signals", p.signals(), TEXT_LENGTH);
            Inputs.text(problems, at + ".clientDoes", p.clientDoes(), TEXT_LENGTH);
            Inputs.text(problems, at + ".othersDo", p.othersDo(), TEXT_LENGTH);
            if (p.contacts().size() > CONTACTS) {
                problems.add(Problem.at(at + ".contacts", PREFIX + "contacts.tooMany", CONTACTS));
                continue;
            }
            for (int c = 0; c < p.contacts().size(); c++) {
                contact(p.contacts().get(c), at + ".contacts[" + c + "]", problems);
            }
        }
    }

    private static void contact(Contact c, String at, List<Problem> problems) {
        if (c == null || c.isEmpty()) {
            return;
        }
        Inputs.required(problems, at + ".name", c.name(), NAME_LENGTH, PREFIX + "contact.name.required");
        Inputs.text(problems, at + ".role", c.role(), ROLE_LENGTH);
        if (blank(c.phone())) {
            problems.add(Problem.at(at + ".phone", PREFIX + "contact.phone.required"));
        } else if (!Inputs.printable(c.phone()) || c.phone().strip().length() > PHONE_LENGTH) {
            Inputs.text(problems, at + ".phone", c.phone(), PHONE_LENGTH);
        } else if (!phone(c.phone())) {
            problems.add(Problem.at(at + ".phone", PREFIX + "contact.phone.format"));
        }
    }

    private static void risks(List<Risk> risks, List<Problem> problems) {
        if (risks.size() > RISKS) {
            problems.add(Problem.at("risks", PREFIX + "risks.tooMany", RISKS));
            return;
        }
        for (int i = 0; i < risks.size(); i++) {
            Risk r = risks.get(i);
            if (r == null || r.isEmpty()) {
                continue;
            }
            String at = "risks[" + i + "]";
            Inputs.required(problems, at + ".risk", r.risk(), RISK_LENGTH, PREFIX + "risk.required");
            Inputs.required(problems, at + ".agreement", r.agreement(), RISK_LENGTH, PREFIX + "agreement.required");
        }
    }

    /**
     * A Dutch phone number, loosely: digits, spaces, + (in front), - and brackets, with 10 to 15 digits; or one of the
     * short numbers a crisis card needs (112, 113, 14 with an area code, 0800 and 0900 numbers).
     */
    public static boolean phone(String text) {
        String t = text == null ? "" : text.strip();
        if (!PHONE.matcher(t).matches()) {
            return false;
        }
        String digits = t.replaceAll("\\D", "");
        if (digits.length() >= 10 && digits.length() <= 15) {
            return true;
        }
        return !t.startsWith("+") && SERVICE_NUMBER.matcher(digits).matches();
    }

    /**
     * The plan as it is stored and shown: texts trimmed (blank is null), every phase once in its order (a missing one
     * empty), contacts and risks without empty rows. Only for a draft without problems.
     */
    public static Draft normalised(Draft d) {
        Map<CrisisPhase, PhasePlan> byPhase = new EnumMap<>(CrisisPhase.class);
        for (PhasePlan p : d.phases()) {
            if (p != null && p.phase() != null) {
                byPhase.put(p.phase(), p);
            }
        }
        List<PhasePlan> phases = new ArrayList<>();
        for (CrisisPhase phase : CrisisPhase.values()) {
            PhasePlan p = byPhase.getOrDefault(phase, PhasePlan.empty(phase));
            List<Contact> contacts = p.contacts().stream().filter(c -> c != null && !c.isEmpty())
                    .map(c -> new Contact(Inputs.blank(c.name()), Inputs.blank(c.role()), Inputs.blank(c.phone()))).toList();
            phases.add(new PhasePlan(phase, Inputs.blank(p.signals()), Inputs.blank(p.clientDoes()), Inputs.blank(p.othersDo()),
                    contacts));
        }
        Arrangements a = d.arrangements();
        List<Risk> risks = d.risks().stream().filter(r -> r != null && !r.isEmpty())
                .map(r -> new Risk(Inputs.blank(r.risk()), Inputs.blank(r.agreement()))).toList();
        return new Draft(d.agreedOn(), d.madeWithClient(), phases, new Arrangements(Inputs.blank(a.post()),
                Inputs.blank(a.pets()), Inputs.blank(a.keys()), Inputs.blank(a.other())), risks);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
