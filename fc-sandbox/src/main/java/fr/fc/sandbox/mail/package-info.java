/**
 * The mail catcher: an SMTP server of the sandbox, on the loopback interface only, that keeps the
 * last messages fc sends (the notice after each login, …) in memory and shows them at /mails/,
 * as a page and as JSON for tests. It delivers nothing anywhere.
 */
package fr.fc.sandbox.mail;
