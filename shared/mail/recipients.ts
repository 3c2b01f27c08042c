/**
 * Who may be written to. A contact point's mail (reminders, receipts) goes to an `active` contact
 * only: a `proposed` one waits for a person to designate it, a suppressed one (bounced,
 * complained) gets nothing more. The uploader's own receipt goes to the address the upload grant
 * recorded, which need not be a contact at all, unless that address is a suppressed contact. The
 * secretariat's digest goes to the deployment's own address.
 */
import type { ContactPoint } from '../store/items.js';
import type { MailRecipient } from '../store/outboundMail.js';

export function mayBeMailed(recipient: Pick<MailRecipient, 'addressedAs'>, contact: Pick<ContactPoint, 'status'> | undefined): boolean {
  if (recipient.addressedAs === 'secretariat') return true;
  if (recipient.addressedAs === 'uploader') return contact?.status !== 'bounced' && contact?.status !== 'complained';
  return contact?.status === 'active';
}
