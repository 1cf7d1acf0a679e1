/**
 * Siting new facilities: the carrying-capacity scan (draagkrachtscan) with an explained verdict, versioned
 * scoring models per region, saved scans as a decision trail, the region heatmap and the initiative process.
 * <p>
 * This package is what other modules use: the scan's extension point ({@link nl.thuisbasis.siting.ScanIndicatorSource}
 * with {@link nl.thuisbasis.siting.IndicatorDefinition}, {@link nl.thuisbasis.siting.Direction},
 * {@link nl.thuisbasis.siting.ScanPlace}) and {@link nl.thuisbasis.siting.ScanService} (red areas for outflow). The
 * features live in {@code scan} (run, save, PDF), {@code model} (scoring models, local-index import),
 * {@code heatmap}, {@code notes}, {@code initiative} and {@code indicator} (the module's own indicator sources);
 * {@code domain} holds the plain-Java rules and {@code shared} the access rules of the module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Siting and capacity scan")
package nl.thuisbasis.siting;
