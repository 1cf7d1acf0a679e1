/** The rules of trajectories in plain Java: who may see a client, phases, the instrument and assessments. */
package nl.thuisbasis.trajectory.domain;
