/** Kith's settings: read once from the environment and an optional {@code .env} file. */
package kith.config;
