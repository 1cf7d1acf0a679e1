package nl.thuisbasis.identity;

import java.util.List;
import java.util.Optional;
import nl.thuisbasis.identity.account.UserAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the organisations for other modules: who the care providers and corporations are. */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final UserAccountRepository repository;

    Organisations(UserAccountRepository repository) {
        this.repository = repository;
    }

    public Optional<Organisation> find(String code) {
        return code == null ? Optional.empty() : repository.findOrganisation(code);
    }

    public List<Organisation> ofType(OrganisationType type) {
        return repository.findOrganisations().stream().filter(o -> o.type() == type).toList();
    }

    /** The display name of an organisation, or its code when it is unknown. */
    public String nameOf(String code) {
        return find(code).map(Organisation::name).orElse(code);
    }
}
