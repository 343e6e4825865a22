/**
 * fc's errors: one catalogue of the contract's codes, each with its OpenID Connect error, HTTP
 * status, message and the way it reaches the user (error page, redirect to the SP, or JSON).
 */
package fr.fc.shared.error;
