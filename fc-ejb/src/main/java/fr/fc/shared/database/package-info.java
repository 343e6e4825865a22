/** fc's database as the application sees it: its schema brought up to date at deployment. */
package fr.fc.shared.database;
