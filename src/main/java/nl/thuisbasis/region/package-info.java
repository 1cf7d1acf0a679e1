/**
 * Region reference data: CBS municipalities, districts and neighbourhoods with geometry and key
 * figures per year, configured regions, CBS imports, and the point and postcode lookups.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region reference data")
package nl.thuisbasis.region;
