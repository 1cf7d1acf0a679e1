/**
 * Client trajectories toward independent living: the client and their trajectory (owned by the care provider that
 * registers it), life-domain assessments with a versioned instrument, support and crisis plans, readiness for
 * independent living, and the key worker's caseload. Client data is special-category personal data: only the
 * provider's own staff see it, and every read and write is in the processing log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Client trajectories")
package nl.thuisbasis.trajectory;
