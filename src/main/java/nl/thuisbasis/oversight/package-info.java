/**
 * Oversight of facilities in their neighbourhood (beheer): management committees, covenants, liveability
 * measurements, the escalation ladder with its history, improvement tracks with a plan of actions, the municipality's
 * overview with what the reports say and a regime suggestion that never moves the ladder itself, and inventories.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight")
package nl.thuisbasis.oversight;
