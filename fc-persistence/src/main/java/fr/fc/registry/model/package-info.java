/** The registry of fc's partners as stored: service providers, identity and data providers. */
package fr.fc.registry.model;
