package nl.thuisbasis.audit.register;

/** The form of a processing activity: the draft's fields, the version that was read and the form's once token. */
record ActivityForm(String nameNl, String nameEn, String purposeNl, String purposeEn, String legalBasis,
        String dataCategories, String dataSubjects, Integer retentionMonths, Integer version, String onceToken) {

    static ActivityForm of(ProcessingActivity a) {
        return new ActivityForm(a.nameNl(), a.nameEn(), a.purposeNl(), a.purposeEn(), a.legalBasis(), a.dataCategories(),
                a.dataSubjects(), a.retentionMonths(), a.version(), null);
    }

    ActivityDraft draft() {
        return new ActivityDraft(nameNl, nameEn, purposeNl, purposeEn, legalBasis, dataCategories, dataSubjects,
                retentionMonths);
    }

    /** The same entries with another version: after a refusal as stale, to save over what is there now. */
    ActivityForm withVersion(Integer current) {
        return new ActivityForm(nameNl, nameEn, purposeNl, purposeEn, legalBasis, dataCategories, dataSubjects,
                retentionMonths, current, null);
    }

    /** A name for the once-only mechanism: the same entries sent twice count once. */
    String submission(String code) {
        return "audit.register.change." + code + "." + Integer.toHexString(java.util.Objects.hash(draft(), version));
    }
}
