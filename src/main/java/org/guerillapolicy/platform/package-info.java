/**
 * What every module needs and nothing feature-specific: ids, paging, the current viewer, the shared
 * layout, security and database start-up.
 */
package org.guerillapolicy.platform;
