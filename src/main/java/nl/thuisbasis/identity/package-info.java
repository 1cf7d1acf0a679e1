/**
 * Identity and access: organisations (municipality, housing corporation, care provider, region),
 * users with one role scoped to their organisation, form login with lock-out, optional OpenID Connect.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package nl.thuisbasis.identity;
