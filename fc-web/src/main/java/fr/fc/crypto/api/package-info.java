/** The publication of fc's public keys. */
package fr.fc.crypto.api;
