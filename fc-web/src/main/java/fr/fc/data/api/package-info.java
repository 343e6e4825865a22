/** The information and consent page, and the data providers' checktoken endpoints (v2 and v1). */
package fr.fc.data.api;
