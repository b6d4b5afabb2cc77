/** The HTTP server: Jetty 12 serving Slack's requests at /slack/events and a health check. */
package kith.web;
