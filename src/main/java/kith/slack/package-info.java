/** The Slack app: Bolt configuration, middleware, the Web API with retries, and Socket Mode. */
package kith.slack;
