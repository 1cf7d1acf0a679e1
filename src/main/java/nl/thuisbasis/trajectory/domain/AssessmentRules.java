package nl.thuisbasis.trajectory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.Problem;

/**
 * What an assessment needs: the day it was made (not in the future, not before the client was born), the period it
 * describes (by default the 30 days up to that day, never longer than a year and never after the assessment), a score
 * from 1 to 5 for at least one domain of its instrument (a domain that could not be assessed stays empty), a target
 * score per domain where one is set, and notes of at most {@value #NOTE_LENGTH} characters.
 */
public final class AssessmentRules {

    public static final int NOTE_LENGTH = 1000;
    public static final int PERIOD_DAYS = 30;
    static final String PREFIX = "trajectory.assessment.problem.";

    private AssessmentRules() {
    }

    /** A domain's score, target and note as entered; null where nothing was entered. */
    public record DomainScore(Integer score, Integer target, String note) {
    }

    public static List<Problem> problems(Instrument instrument, LocalDate assessedOn, LocalDate periodFrom,
            LocalDate birthDate, LocalDate today, Map<String, DomainScore> scores) {
        List<Problem> problems = new ArrayList<>();
        if (assessedOn == null) {
            problems.add(Problem.at("assessedOn", PREFIX + "date.required"));
        } else if (assessedOn.isAfter(today)) {
            problems.add(Problem.at("assessedOn", PREFIX + "date.future"));
        } else if (birthDate != null && assessedOn.isBefore(birthDate)) {
            problems.add(Problem.at("assessedOn", PREFIX + "date.beforeBirth"));
        }
        if (periodFrom != null && assessedOn != null) {
            if (periodFrom.isAfter(assessedOn)) {
                problems.add(Problem.at("periodFrom", PREFIX + "period.after"));
            } else if (periodFrom.isBefore(assessedOn.minusYears(1))) {
                problems.add(Problem.at("periodFrom", PREFIX + "period.tooLong"));
            }
        }
        int scored = 0;
        for (Map.Entry<String, DomainScore> entry : scores.entrySet()) {
            String domain = entry.getKey();
            DomainScore s = entry.getValue();
            if (instrument.domain(domain).isEmpty()) {
                problems.add(Problem.at("scores[" + domain + "]", PREFIX + "domain.unknown", domain));
                continue;
            }
            if (s.score() != null) {
                if (s.score() < 1 || s.score() > Instrument.LEVELS) {
                    problems.add(Problem.at("scores[" + domain + "].score", PREFIX + "score.range"));
                } else {
                    scored++;
                }
            }
            if (s.target() != null && (s.target() < 1 || s.target() > Instrument.LEVELS)) {
                problems.add(Problem.at("scores[" + domain + "].target", PREFIX + "score.range"));
            }
            nl.thuisbasis.platform.Inputs.text(problems, "scores[" + domain + "].note", s.note(), NOTE_LENGTH);
        }
        if (scored == 0 && problems.stream().noneMatch(p -> p.field() != null && p.field().startsWith("scores"))) {
            problems.add(Problem.at("scores", PREFIX + "noScore"));
        }
        return problems;
    }

    /** The period an assessment describes when none is entered: the 30 days up to the assessment. */
    public static LocalDate defaultPeriodFrom(LocalDate assessedOn) {
        return assessedOn.minusDays(PERIOD_DAYS - 1L);
    }
}
