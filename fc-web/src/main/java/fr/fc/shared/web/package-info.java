/** The Jakarta Faces side of fc's pages: the views' words and the model an endpoint hands to a view. */
package fr.fc.shared.web;
