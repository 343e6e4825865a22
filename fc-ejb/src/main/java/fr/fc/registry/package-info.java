/** The registry of fc's partners: service providers, identity providers, data providers. */
package fr.fc.registry;
