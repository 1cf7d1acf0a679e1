package nl.thuisbasis.identity;

/**
 * Who is looking, as the plain-Java policies of every module see it (who may see which facility, which candidate): a
 * role within an organisation, or the anonymous public ({@code role == null}). {@code municipalityCode} is set for
 * municipality organisations. {@link CurrentUser#viewer()} makes one of the logged-in user.
 */
public record Viewer(Role role, String organisationCode, String municipalityCode) {

    public static final Viewer PUBLIC = new Viewer(null, null, null);

    public boolean anonymous() {
        return role == null;
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }
}
