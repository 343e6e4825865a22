/** MicroProfile Health checks: what a load balancer and an operator ask of a node. */
package fr.fc.shared.health;
