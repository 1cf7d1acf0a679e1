/** Plain rules of report handling: working days and routing. */
package nl.thuisbasis.reports.domain;
