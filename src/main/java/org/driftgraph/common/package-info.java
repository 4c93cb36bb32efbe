/**
 * What every HTTP-facing feature shares: the error types a request can run into, and the
 * advice that answers each of them as RFC 9457 problem details.
 */
package org.driftgraph.common;
