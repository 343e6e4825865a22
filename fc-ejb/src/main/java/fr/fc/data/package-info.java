/** What fc transmits about a citizen: scopes and their claims, consent, data providers' checks. */
package fr.fc.data;
