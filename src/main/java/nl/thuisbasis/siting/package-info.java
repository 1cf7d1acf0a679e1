/**
 * Siting new facilities: the carrying-capacity scan (draagkrachtscan) with an explained verdict, versioned
 * scoring models per region, saved scans as a decision trail, the region heatmap and the initiative process.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Siting and capacity scan")
package nl.thuisbasis.siting;
