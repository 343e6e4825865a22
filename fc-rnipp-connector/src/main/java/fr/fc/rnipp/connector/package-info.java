/**
 * The JCA resource adapter through which fc reaches the RNIPP, the national register of persons:
 * pooled, managed connections to the register's HTTP/XML gateway.
 */
package fr.fc.rnipp.connector;
