/** The information page and the way back to the SP with a code. */
package fr.fc.data.api;
