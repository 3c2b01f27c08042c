/**
 * An e-mail address as a contact's details give it: the local part, "@", and a domain of two labels at least. One pattern
 * for every reader of contacts (the contact reader, its form and side-by-side readers), so that they find the same
 * addresses.
 */
export const E_MAIL_ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/u;
