/** The store's plumbing: connection pool, Flyway migrations, Jdbi. */
package kith.db;
