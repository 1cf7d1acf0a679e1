/**
 * Oversight of facilities in their neighbourhood (beheer): management committees, covenants, liveability
 * measurements, the escalation ladder and inventories. This release holds the ladder and inventory rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight")
package nl.thuisbasis.oversight;
