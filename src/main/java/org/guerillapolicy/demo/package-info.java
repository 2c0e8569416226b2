/** Demo content: fills a fresh instance with people, organisations and conversations when started with --demo. */
package org.guerillapolicy.demo;
