/**
 * The RNIPP check (DESIGN step 5): every non-SSO login's identity is checked against the national
 * register of persons through the JCA connector, and the register's version is the one fc
 * transmits.
 */
package fr.fc.rnipp;
