/**
 * The plain-Java rules of outflow: the distribution key (largest remainder), the candidate's status steps, who sees
 * which candidate data, eligibility with exceptions, passend toewijzen, the outflow cap, and the time norms.
 */
package nl.thuisbasis.outflow.domain;
