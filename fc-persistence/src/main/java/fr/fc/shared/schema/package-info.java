/** fc's database schema: its Flyway migrations and how they are applied. */
package fr.fc.shared.schema;
