/**
 * Outflow from shelter and protected housing into ordinary social housing (uitstroom): the priority scheme's
 * contingents per municipality by a distribution key. Candidates, vacancies, matching, offers and the monitor follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outflow to ordinary housing")
package nl.thuisbasis.outflow;
