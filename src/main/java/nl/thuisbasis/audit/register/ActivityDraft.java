package nl.thuisbasis.audit.register;

import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.platform.Problem;

/**
 * What an admin may change of a processing activity: names, purposes, legal basis, data categories, data subjects and
 * retention. Its code and the logged actions that belong to it follow the code of the application and are not edited.
 */
record ActivityDraft(String nameNl, String nameEn, String purposeNl, String purposeEn, String legalBasis,
        String dataCategories, String dataSubjects, Integer retentionMonths) {

    static final int NAME = 200;
    static final int TEXT = 2000;
    static final int MAX_MONTHS = 1200;

    /** What is wrong, each at its field. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        text(problems, "nameNl", nameNl, NAME);
        text(problems, "nameEn", nameEn, NAME);
        text(problems, "purposeNl", purposeNl, TEXT);
        text(problems, "purposeEn", purposeEn, TEXT);
        text(problems, "legalBasis", legalBasis, TEXT);
        text(problems, "dataCategories", dataCategories, TEXT);
        text(problems, "dataSubjects", dataSubjects, TEXT);
        if (retentionMonths == null) {
            problems.add(Problem.at("retentionMonths", "register.problem.retention.missing"));
        } else if (retentionMonths < 1 || retentionMonths > MAX_MONTHS) {
            problems.add(Problem.at("retentionMonths", "register.problem.retention.range", MAX_MONTHS));
        }
        return problems;
    }

    /** The version after this one, with the draft's texts trimmed. */
    ProcessingActivity next(ProcessingActivity current, String by) {
        return new ProcessingActivity(current.code(), current.version() + 1, nameNl.strip(), nameEn.strip(),
                purposeNl.strip(), purposeEn.strip(), legalBasis.strip(), dataCategories.strip(), dataSubjects.strip(),
                retentionMonths, current.actionPrefixes(), by, null);
    }

    /** Whether the draft says what the current version says already. */
    boolean sameAs(ProcessingActivity a) {
        return nameNl.strip().equals(a.nameNl()) && nameEn.strip().equals(a.nameEn()) && purposeNl.strip().equals(a.purposeNl())
                && purposeEn.strip().equals(a.purposeEn()) && legalBasis.strip().equals(a.legalBasis())
                && dataCategories.strip().equals(a.dataCategories()) && dataSubjects.strip().equals(a.dataSubjects())
                && retentionMonths == a.retentionMonths();
    }

    private static void text(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.at(field, "register.problem.required"));
        } else if (value.strip().length() > max) {
            problems.add(Problem.at(field, "register.problem.tooLong", max));
        }
    }
}
