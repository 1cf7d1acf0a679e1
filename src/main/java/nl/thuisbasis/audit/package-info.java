/**
 * The processing log (verwerkingenlogboek): an append-only record of who did what to which record,
 * when, for which purpose and on which legal basis. Every module writes to it through {@link nl.thuisbasis.audit.ProcessingLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Processing log")
package nl.thuisbasis.audit;
