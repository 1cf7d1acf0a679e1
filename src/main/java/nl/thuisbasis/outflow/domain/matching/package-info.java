/**
 * The outflow matching engine in plain Java: hard rules per candidate and vacancy, and an exact lexicographic optimum
 * (most candidates housed, then the longest-waiting first, then the best fit) computed as one minimum-cost flow, with
 * the reasons for every proposal and for every candidate left out.
 */
package nl.thuisbasis.outflow.domain.matching;
