/**
 * An e-mail address as a contact's details give it: the local part, "@", and a domain of two labels at least. One pattern
 * for every reader of contacts (the contact reader, its form and side-by-side readers), so that they find the same
 * addresses.
 */
export const E_MAIL_ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/u;

/** "at" written out in brackets, in the six languages' usual words for it ("[at]", "(arroba)", "{arobase}", "[собака]"). */
const WRITTEN_AT = String.raw`[^\S\n]*[[({][^\S\n]*(?:at|arroba|arobase|собака)[^\S\n]*[\])}][^\S\n]*`;
/** "dot" written out in brackets ("(dot)", "[punto]", "(point)", "[точка]"). */
const WRITTEN_DOT = String.raw`[^\S\n]*[[({][^\S\n]*(?:dot|punto|point|точка)[^\S\n]*[\])}][^\S\n]*`;
/** An address with its "@" (and perhaps its dots) written out in brackets: the local part, then a domain of two labels at least. */
const WRITTEN_OUT_ADDRESS = new RegExp(String.raw`([A-Za-z0-9._%+-]+)${WRITTEN_AT}([A-Za-z0-9-]+(?:(?:\.|${WRITTEN_DOT})[A-Za-z0-9-]+)+)`, 'giu');
const WRITTEN_OUT_DOT = new RegExp(WRITTEN_DOT, 'giu');

/**
 * The text with each address whose "@" a text put on the web writes out in brackets, to keep it from address harvesters
 * ("j.doe[at]mfa.example.gov", "r.alder (at) energy (dot) example (dot) gov"), written as the address it stands for: a
 * contact's address is one to write to. "at" in brackets between words that make no address is left as it is.
 */
export function withWrittenOutAddresses(text: string): string {
  return text.replace(WRITTEN_OUT_ADDRESS, (_, local: string, domain: string) => `${local}@${domain.replace(WRITTEN_OUT_DOT, '.')}`);
}
