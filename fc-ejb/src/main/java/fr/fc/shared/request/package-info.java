/** What every request to fc shares: how its parameters are read. */
package fr.fc.shared.request;
