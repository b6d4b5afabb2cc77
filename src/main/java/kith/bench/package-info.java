/**
 * The benchmark: import speed, lookup latency, /who throughput against the bare Bolt ceiling, and start-up; and the
 * class archive {@code kith serve} starts from, written by reusing the benchmark's start-up probe.
 */
package kith.bench;
