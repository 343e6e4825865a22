/**
 * The JCA resource adapter through which fc reaches the RNIPP, the national register of persons:
 * pooled, managed connections to the register's HTTP/XML gateway. An application asks with a
 * {@link fr.fc.rnipp.connector.RnippQuery} on a {@link fr.fc.rnipp.connector.RnippConnection} and
 * gets a {@link fr.fc.rnipp.connector.RnippResult}, or a {@link
 * fr.fc.rnipp.connector.RnippException} when the register gave no usable answer.
 */
package fr.fc.rnipp.connector;
