package nl.thuisbasis.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.account.JwtAccounts;
import nl.thuisbasis.identity.token.ApiTokens;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Which bearer token an API call carries, and whose account it acts for:
 * <ul>
 * <li>a personal API token ({@code tb_...}, issued by an administrator, see {@link ApiTokens});</li>
 * <li>otherwise an access token (JWT) of the identity provider configured with
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or {@code jwk-set-uri}), for example one an API client
 * got with OAuth2 client credentials; its account is found by {@link JwtAccounts}.</li>
 * </ul>
 * Either way the principal is the same {@link CurrentUser} as after a login, so no module knows how a caller
 * authenticated. No authentication event is published: a call with a token is no login and writes no row to the
 * processing log.
 */
final class BearerTokens implements AuthenticationManagerResolver<HttpServletRequest> {

    private final AuthenticationManager personal;
    private final AuthenticationManager jwt;
    private final AuthenticationManager either;

    BearerTokens(ApiTokens tokens, JwtAccounts accounts, JwtDecoder decoder) {
        this.personal = authentication -> {
            String token = ((BearerTokenAuthenticationToken) authentication).getToken();
            CurrentUser user = tokens.authenticate(token)
                    .orElseThrow(() -> new InvalidBearerTokenException("unknown, revoked or expired API token"));
            return authenticated(user);
        };
        if (decoder == null) {
            this.jwt = authentication -> {
                throw new InvalidBearerTokenException("no identity provider is configured for access tokens");
            };
        } else {
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
            provider.setJwtAuthenticationConverter((Jwt token) -> accounts.account(token)
                    .filter(CurrentUser::isEnabled)
                    .map(user -> (UsernamePasswordAuthenticationToken) authenticated(user))
                    .orElseThrow(() -> new InvalidBearerTokenException("the token names no account of this application")));
            this.jwt = provider::authenticate;
        }
        this.either = authentication -> {
            if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
                throw new InvalidBearerTokenException("not a bearer token");
            }
            return bearer.getToken().startsWith(ApiTokens.PREFIX) ? personal.authenticate(bearer) : jwt.authenticate(bearer);
        };
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        return either;
    }

    private static Authentication authenticated(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
