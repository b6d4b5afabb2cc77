/** The benchmark: import speed, lookup latency, and /who throughput against the bare Bolt ceiling. */
package kith.bench;
