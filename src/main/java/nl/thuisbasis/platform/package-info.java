/**
 * Shared infrastructure every module may use: the embedded PostgreSQL, the API conventions
 * (problem+json, API-Version header, paging) and small value types. No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.thuisbasis.platform;
