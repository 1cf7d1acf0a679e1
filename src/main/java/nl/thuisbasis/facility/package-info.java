/**
 * Facility register (voorzieningenregister): shelter and care-housing facilities with their place,
 * capacity and status, seen in three layers (public, care providers, capacity scan) and as OGC API Features.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Facility register")
package nl.thuisbasis.facility;
