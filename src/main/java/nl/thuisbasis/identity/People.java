package nl.thuisbasis.identity;

import nl.thuisbasis.identity.account.UserAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to people for other modules: the name a person goes by, for records that keep who did something. */
@Service
@Transactional(readOnly = true)
public class People {

    private final UserAccountRepository repository;

    People(UserAccountRepository repository) {
        this.repository = repository;
    }

    /** The display name of the user with this username, or the username when there is no such user (any more). */
    public String nameOf(String username) {
        return username == null ? null : repository.findByUsername(username).map(CurrentUser::displayName).orElse(username);
    }

    /**
     * The display names of these usernames in one query, each username (as given) to its name, or to itself when there
     * is no such user (any more); what {@link #nameOf} gives for each, for lists that show many people.
     */
    public java.util.Map<String, String> namesOf(java.util.Collection<String> usernames) {
        java.util.Set<String> wanted = new java.util.LinkedHashSet<>();
        usernames.stream().filter(java.util.Objects::nonNull).forEach(wanted::add);
        if (wanted.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> byLowerCase = repository.displayNames(wanted);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        wanted.forEach(u -> names.put(u, byLowerCase.getOrDefault(u.toLowerCase(java.util.Locale.ROOT), u)));
        return names;
    }

    /** Someone of an organisation's staff, as a choice on a form. */
    public record Member(String username, String displayName) {
    }

    /** The enabled accounts of an organisation, by name. */
    public java.util.List<Member> staffOf(String organisationCode) {
        return repository.findEnabledOf(organisationCode).stream()
                .map(u -> new Member(u.getUsername(), u.displayName()))
                .sorted(java.util.Comparator.comparing(Member::displayName))
                .toList();
    }
}
