/** Local stand-ins for Slack (Web API, Socket Mode) and signed, realistic requests, for tests of every feature. */
package kith.slack.testing;
