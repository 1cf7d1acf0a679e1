/** Plain rules of reports: working days, routing, the status flow, tracking codes, who is staff, and free texts. */
package nl.thuisbasis.reports.domain;
