package nl.thuisbasis.audit.register;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One version of a processing activity of the register (verwerkingsregister): what is processed, why, on which legal
 * basis, about whom, how long it is kept, and which logged actions belong to it.
 */
public record ProcessingActivity(String code, int version, String nameNl, String nameEn, String purposeNl,
        String purposeEn, String legalBasis, String dataCategories, String dataSubjects, int retentionMonths,
        String actionPrefixes, String changedBy, OffsetDateTime changedAt) {

    /** The logged actions (or their prefixes) that belong to this activity. */
    public List<String> prefixes() {
        return Arrays.stream(actionPrefixes.trim().split("\\s+")).filter(p -> !p.isEmpty()).toList();
    }

    /** Whether an action belongs to this activity through the given prefix: equal, or the prefix then a dot. */
    static boolean covers(String prefix, String action) {
        return action.equals(prefix) || action.startsWith(prefix + ".");
    }

    /** The name in the reader's language (English or Dutch). */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }

    /** The purpose in the reader's language (English or Dutch). */
    public String purpose(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? purposeEn : purposeNl;
    }
}
