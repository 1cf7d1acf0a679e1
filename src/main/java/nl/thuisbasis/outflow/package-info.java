/**
 * Outflow from shelter and protected housing into ordinary social housing (uitstroom): the priority scheme's
 * candidates, vacancies and the cap, contingents by distribution key, the exact matching engine, offers,
 * tenancy-with-care agreements and the outflow monitor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outflow to ordinary housing")
package nl.thuisbasis.outflow;
