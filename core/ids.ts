// The form of every id a pack gives its items (terms, quotations), as messages and stored settings carry them.

/** Lower-case letters, digits and hyphens, 1 to 64 of them. */
export const ITEM_ID = /^[a-z0-9-]{1,64}$/;
