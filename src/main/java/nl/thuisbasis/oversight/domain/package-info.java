/** The escalation ladder and inventory rules in plain Java: no Spring, no JDBC. */
package nl.thuisbasis.oversight.domain;
