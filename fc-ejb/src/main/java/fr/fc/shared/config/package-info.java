/**
 * fc's settings: read from MicroProfile Config (keys {@code fc.<domain>.<name>}, overridable by
 * environment variables) and checked at startup, every problem reported at once.
 */
package fr.fc.shared.config;
