/** The plain-Java rules of outflow: the distribution key (largest remainder). */
package nl.thuisbasis.outflow.domain;
