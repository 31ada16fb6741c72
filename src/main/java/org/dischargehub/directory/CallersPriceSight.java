package org.dischargehub.directory;

/**
 * Whose prices the signed-in caller may read. The directory does not know who is signed in; the security module
 * does, and answers this.
 */
public interface CallersPriceSight {

    PriceSight priceSight();
}
