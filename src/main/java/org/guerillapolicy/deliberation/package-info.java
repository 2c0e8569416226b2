/**
 * Deliberation: opinion maps. People vote agree, disagree or pass on short statements; the maths in
 * {@code internal} (Pol.is's published method) finds opinion groups, what represents each, and common ground
 * across them. Who may see a map is decided by {@link org.guerillapolicy.deliberation.MapAudience}.
 */
package org.guerillapolicy.deliberation;
