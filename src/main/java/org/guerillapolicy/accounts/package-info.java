/** Sign-up, sign-in and the profiles of people and organisations. */
package org.guerillapolicy.accounts;
