/**
 * <b>tricolor</b> — placeholder.
 */
package gclab.collectors.tricolor;
