package nl.thuisbasis.trajectory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.platform.Problem;

/**
 * What a client's registration needs. Minimal identity: a name, a date of birth and the provider's own client number
 * (letters, digits and - / . _; never a BSN, so nine digits alone are refused). The housing perspective: where the
 * client wants to live and where they come from, with the reason when the two differ (the municipality-of-origin rule
 * asks for it). A key worker of the provider, and a stand-in who is someone else.
 */
public final class ClientRules {

    public static final int NAME_LENGTH = 200;
    public static final int NUMBER_LENGTH = 40;
    public static final int REASON_LENGTH = 500;
    static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{0,39}");
    static final Pattern BSN_LIKE = Pattern.compile("\\d{8,9}");
    static final String PREFIX = "trajectory.client.problem.";

    private ClientRules() {
    }

    /** A registration or correction as entered; null where nothing was entered. */
    public record Draft(String name, LocalDate birthDate, String clientNumber, TargetHousing targetHousing,
            String preferredMunicipality, String originMunicipality, String originReason, String facilityId,
            String keyWorker, String standIn) {
    }

    /**
     * Every problem at once. {@code municipalities}: the codes that exist; {@code staff}: the user names of the provider's
     * staff; {@code facilityKnown}: whether the facility id (if any) names a facility of the register.
     */
    public static List<Problem> problems(Draft d, LocalDate today, Set<String> municipalities, Set<String> staff,
            boolean facilityKnown) {
        List<Problem> problems = new ArrayList<>();
        Inputs.required(problems, "name", d.name(), NAME_LENGTH, PREFIX + "name.required");
        if (d.birthDate() == null) {
            problems.add(Problem.at("birthDate", PREFIX + "birthDate.required"));
        } else if (d.birthDate().isAfter(today)) {
            problems.add(Problem.at("birthDate", PREFIX + "birthDate.future"));
        } else if (d.birthDate().isBefore(today.minusYears(110))) {
            problems.add(Problem.at("birthDate", PREFIX + "birthDate.tooOld"));
        }
        if (blank(d.clientNumber())) {
            problems.add(Problem.at("clientNumber", PREFIX + "clientNumber.required"));
        } else if (!NUMBER.matcher(d.clientNumber().strip()).matches()) {
            problems.add(Problem.at("clientNumber", PREFIX + "clientNumber.format", NUMBER_LENGTH));
        } else if (BSN_LIKE.matcher(d.clientNumber().strip()).matches()) {
            problems.add(Problem.at("clientNumber", PREFIX + "clientNumber.bsn"));
        }
        municipality(d.preferredMunicipality(), "preferredMunicipality", municipalities, problems);
        municipality(d.originMunicipality(), "originMunicipality", municipalities, problems);
        boolean differ = !blank(d.preferredMunicipality()) && !blank(d.originMunicipality())
                && !d.preferredMunicipality().equals(d.originMunicipality());
        if (differ && blank(d.originReason())) {
            problems.add(Problem.at("originReason", PREFIX + "originReason.required"));
        } else {
            Inputs.text(problems, "originReason", d.originReason(), REASON_LENGTH);
        }
        if (!blank(d.facilityId()) && !facilityKnown) {
            problems.add(Problem.at("facilityId", PREFIX + "facility.unknown"));
        }
        if (blank(d.keyWorker())) {
            problems.add(Problem.at("keyWorker", PREFIX + "keyWorker.required"));
        } else if (!staff.contains(d.keyWorker())) {
            problems.add(Problem.at("keyWorker", PREFIX + "keyWorker.notStaff"));
        }
        if (!blank(d.standIn())) {
            if (!staff.contains(d.standIn())) {
                problems.add(Problem.at("standIn", PREFIX + "standIn.notStaff"));
            } else if (Objects.equals(d.standIn(), d.keyWorker())) {
                problems.add(Problem.at("standIn", PREFIX + "standIn.same"));
            }
        }
        return problems;
    }

    /** Whether a phase change is possible: another phase, on a day not in the future and not before the current one. */
    public static List<Problem> phaseProblems(Phase current, LocalDate since, Phase next, LocalDate on, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (next == null) {
            problems.add(Problem.at("phase", PREFIX + "phase.required"));
        } else if (next == current) {
            problems.add(Problem.at("phase", PREFIX + "phase.same"));
        }
        if (on == null) {
            problems.add(Problem.at("since", PREFIX + "phase.date.required"));
        } else if (on.isAfter(today)) {
            problems.add(Problem.at("since", PREFIX + "phase.date.future"));
        } else if (since != null && on.isBefore(since)) {
            problems.add(Problem.at("since", PREFIX + "phase.date.beforeCurrent"));
        }
        return problems;
    }

    private static void municipality(String code, String field, Set<String> municipalities, List<Problem> problems) {
        if (!blank(code) && !municipalities.contains(code)) {
            problems.add(Problem.at(field, PREFIX + "municipality.unknown"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
