/**
 * Copy lines read line by line once for a text: a person on a copy line, or on its wrapped entry, is no contact however
 * long the list above, and a text whose first line is empty is read like any other. The texts are written here.
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';

const emails = (text: string) => detectContacts(text).map((c) => c.email);

describe('copy lines', () => {
  it('reads a text that opens with an empty line and a line in brackets, before a person on a line that goes on from it', () => {
    // The line above the person's opens with a bracket (an entry going on), and the line above that is the text's first, empty.
    const text = '\n(translated from French)\nand Mr. Kwame Mensah, Director, k.mensah@mfa.example.gov\n';
    expect(emails(text)).toEqual(['k.mensah@mfa.example.gov']);
  });

  it('keeps out a person on a copy line that wraps before the name, below a long list of contacts', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Mr. Person${String.fromCharCode(65 + (i % 26))} Number${i}\tOfficer\tp${i}@mfa.example.gov`);
    const text = ['Name\tPost\tE-mail', ...rows, '', "Copie : Centre régional pour la paix et le désarmement, à", "l'attention de M. Paul Durand (p.durand@unrcpd.example.org)"].join('\n');
    const found = emails(text);
    expect(found).toHaveLength(300);
    expect(found).not.toContain('p.durand@unrcpd.example.org');
  });
});
