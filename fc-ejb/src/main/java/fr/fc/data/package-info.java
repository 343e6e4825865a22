/** What fc transmits about a citizen: scopes and their claims. */
package fr.fc.data;
