/**
 * The citizen's identité pivot: what fc demands of an identity provider, the COG codes of
 * birthplaces and birth countries, presumed birth dates and the pairwise {@code sub} each service
 * provider receives.
 */
package fr.fc.identity;
