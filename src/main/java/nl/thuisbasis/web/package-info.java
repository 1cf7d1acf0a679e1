/**
 * The web shell: layout, home page with the region map, login page, language switch and error pages.
 * Feature pages live in their own modules and use this layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package nl.thuisbasis.web;
