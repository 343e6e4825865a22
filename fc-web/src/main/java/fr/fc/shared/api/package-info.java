/** What every HTTP endpoint of fc shares: the JAX-RS application and the error responses. */
package fr.fc.shared.api;
