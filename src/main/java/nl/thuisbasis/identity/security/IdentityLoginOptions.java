package nl.thuisbasis.identity.security;

import nl.thuisbasis.identity.IdentityProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** What the login page offers: the OpenID Connect button only when it is configured. */
@Component("identityLoginOptions")
public class IdentityLoginOptions {

    private final IdentityProperties properties;
    private final ObjectProvider<ClientRegistrationRepository> clients;

    IdentityLoginOptions(IdentityProperties properties, ObjectProvider<ClientRegistrationRepository> clients) {
        this.properties = properties;
        this.clients = clients;
    }

    public boolean oidcEnabled() {
        return properties.oidc().enabled() && clients.getIfAvailable() != null;
    }

    public String registrationId() {
        return properties.oidc().registrationId();
    }
}
