/**
 * The bundled workloads: ordinary Java programs, with no dependency on gclab, that run the same on a host
 * JVM and inside gclab's VM. Each takes a size argument, is deterministic (its own seeded generator where it
 * needs randomness) and prints a result that can be checked. {@link gclab.workloads.Catalog} lists them with
 * a one-line description, default arguments and what each one stresses.
 *
 * <p>They use only the part of the JDK that gclab's runtime library provides. The older ones bring their own
 * small data structures (so their heap shapes are explicit); {@code lrumap} and {@code paths} are built on
 * java.util's collections, whose objects live in the simulated heap like the program's own.
 */
package gclab.workloads;
