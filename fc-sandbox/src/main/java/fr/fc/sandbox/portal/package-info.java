/**
 * The developer portal at the sandbox's root: what fc is, its endpoints (read from its discovery
 * document), fc's public integration client with a ready-made authorization URL and the curl
 * commands of the token and userinfo calls, the demo accounts and what each shows, a button per
 * flow of the demo SP, and fc's catalogues (errors, audit events, settings) served from the WAR.
 */
package fr.fc.sandbox.portal;
