import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { utf8, xlsxOf } from './support/documents.js';

const HEADER = 'element,weapon,measure,legal_reference,notes';

const contactsOf = (extraction: { contacts: { name: string; email: string }[] }) => extraction.contacts.map(({ name, email }) => ({ name, email }));

function form(contacts: unknown[], notes = 'Support to a non-State actor is an offence.') {
  return utf8(JSON.stringify({
    state: 'EST', reportType: 'point_of_contact', documentDate: '2025-02-11', language: 'en',
    matrix: [{ element: 'op1', weapon: 'all', measure: 'yes', legalReference: 'Penal Code, s. 237', notes }],
    contacts,
  }));
}

const fromForm = async (contacts: unknown[], notes?: string) => contactsOf(await extractDocument({ bytes: form(contacts, notes), fileName: 'f.json' }));

describe('contacts in the notes of a template', () => {
  it('reads a person and address a CSV template gives in a notes cell', async () => {
    const csv = [HEADER, 'op1,all,yes,"Penal Code, s. 237","Point of contact: Mr. Tarmo Kuusk, Ministry of the Interior, tarmo.kuusk@siseministeerium.example.ee"', 'op2.nuclear,nuclear,yes,Radiation Act,Licences are issued by the Environmental Board.'].join('\n');

    const extraction = await extractDocument({ bytes: utf8(csv), fileName: 'm.csv', state: 'EST', reportType: 'additional_information' });

    expect(contactsOf(extraction)).toEqual([{ name: 'Tarmo Kuusk', email: 'tarmo.kuusk@siseministeerium.example.ee' }]);
  });

  it('reads the persons an XLSX template lists in one notes cell, each with their address', async () => {
    const rows = [HEADER.split(','), ['op3c.border_control', 'all', 'yes', 'Customs Act', 'Enquiries: Ms. Kadri Lepik (k.lepik@emta.example.ee); Dr. Rein Saar (rein.saar@emta.example.ee)']];

    const extraction = await extractDocument({ bytes: await xlsxOf(rows), fileName: 'm.xlsx', state: 'EST', reportType: 'national_report' });

    expect(contactsOf(extraction)).toEqual([{ name: 'Kadri Lepik', email: 'k.lepik@emta.example.ee' }, { name: 'Rein Saar', email: 'rein.saar@emta.example.ee' }]);
  });

  it('adds the person a JSON form names in its notes to the contacts it lists, once', async () => {
    const contacts = [{ name: 'Kadri Lepik', email: 'k.lepik@emta.example.ee', role: 'Customs' }];

    expect(await fromForm(contacts, 'Point of contact: Mr. Tarmo Kuusk, tarmo.kuusk@siseministeerium.example.ee; Ms. Kadri Lepik, k.lepik@emta.example.ee')).toEqual([
      { name: 'Kadri Lepik', email: 'k.lepik@emta.example.ee' },
      { name: 'Tarmo Kuusk', email: 'tarmo.kuusk@siseministeerium.example.ee' },
    ]);
  });

  it('takes no body for a person where the notes give its mailbox in brackets after its name', async () => {
    const csv = [HEADER, 'op3c.border_control,all,yes,Customs Code,The Customs Department (customs@emta.example.ee) controls goods at the border.', 'op1,all,yes,Penal Code,Radiation Safety Division (radiation@envir.example.ee) keeps the register.'].join('\n');

    const extraction = await extractDocument({ bytes: utf8(csv), fileName: 'm.csv', state: 'EST', reportType: 'additional_information' });

    expect(extraction.contacts).toEqual([]);
  });

  it.each([
    ['en', 'Form completed by Mr. Tarmo Kuusk, tarmo.kuusk@siseministeerium.example.ee'],
    ['fr', 'Formulaire rempli par M. Tarmo Kuusk, tarmo.kuusk@siseministeerium.example.ee'],
    ['es', 'Formulario elaborado por el Sr. Tarmo Kuusk (tarmo.kuusk@siseministeerium.example.ee)'],
    ['ru', 'Форму заполнил г-н Кууск Тармо Янович, tarmo.kuusk@siseministeerium.example.ee'],
    ['zh', '填表人：王伟先生，电子邮件：wangwei@mfa.example.cn'],
    ['ar', 'أعد الاستمارة السيد خالد الزعبي، البريد الإلكتروني: k.zoubi@mfa.example.jo'],
  ])('(%s) takes no contact from the notes for the person they say filled in the form', async (_language, note) => {
    const csv = [HEADER, `op1,all,yes,"Penal Code, s. 237","${note}"`].join('\n');

    const extraction = await extractDocument({ bytes: utf8(csv), fileName: 'm.csv', state: 'EST', reportType: 'additional_information' });

    expect(extraction.contacts).toEqual([]);
  });

  it('reads the point of contact a cell names after the clause that says who filled in the form', async () => {
    const csv = [HEADER, 'op1,all,yes,"Penal Code, s. 237","Form completed by the Ministry of the Interior. Point of contact: Mr. Tarmo Kuusk, tarmo.kuusk@siseministeerium.example.ee"'].join('\n');

    const extraction = await extractDocument({ bytes: utf8(csv), fileName: 'm.csv', state: 'EST', reportType: 'additional_information' });

    expect(contactsOf(extraction)).toEqual([{ name: 'Tarmo Kuusk', email: 'tarmo.kuusk@siseministeerium.example.ee' }]);
  });

  it('finds no contact in notes that name no person', async () => {
    const csv = [HEADER, 'op1,all,yes,"Penal Code, s. 237",The Police and Border Guard Board enforces the ban.'].join('\n');

    const extraction = await extractDocument({ bytes: utf8(csv), fileName: 'm.csv', state: 'EST', reportType: 'additional_information' });

    expect(extraction.contacts).toEqual([]);
  });
});

describe('the contacts a JSON form lists, as a state fills them in', () => {
  it('splits a name field that lists several persons, each with their address', async () => {
    expect(await fromForm([{ name: 'Ms. Kadri Lepik (k.lepik@emta.example.ee); Mr. Rein Saar (rein.saar@emta.example.ee)', email: '', role: 'Points of contact' }])).toEqual([
      { name: 'Kadri Lepik', email: 'k.lepik@emta.example.ee' },
      { name: 'Rein Saar', email: 'rein.saar@emta.example.ee' },
    ]);
  });

  it('takes the title or rank off the name', async () => {
    expect(await fromForm([
      { name: 'Colonel Rein Saar', email: '', role: 'Head of the Border Guard' },
      { name: 'Dr. Kadri Lepik', email: 'k.lepik@emta.example.ee' },
      { name: 'Г-жа Иванова Анна Петровна', email: '' },
      { name: '王伟 先生', email: '' },
    ])).toEqual([
      { name: 'Rein Saar', email: '' },
      { name: 'Kadri Lepik', email: 'k.lepik@emta.example.ee' },
      { name: 'Иванова Анна Петровна', email: '' },
      { name: '王伟', email: '' },
    ]);
  });

  it('takes the address from the name or role field where the e-mail field has none', async () => {
    expect(await fromForm([
      { name: 'Rein Saar, rein.saar@emta.example.ee', email: '', role: 'Head of unit' },
      { name: 'Kadri Lepik', email: '', role: 'Adviser, k.lepik@emta.example.ee' },
    ])).toEqual([
      { name: 'Rein Saar', email: 'rein.saar@emta.example.ee' },
      { name: 'Kadri Lepik', email: 'k.lepik@emta.example.ee' },
    ]);
  });

  it('keeps only the address of an e-mail field that also gives a telephone, and none of one that gives only a telephone', async () => {
    expect(await fromForm([
      { name: 'Rein Saar', email: 'Tel. +372 612 5000; rein.saar@emta.example.ee' },
      { name: 'Kadri Lepik', email: '+372 612 5001' },
    ])).toEqual([
      { name: 'Rein Saar', email: 'rein.saar@emta.example.ee' },
      { name: 'Kadri Lepik', email: '' },
    ]);
  });

  it('reads names and addresses padded with spaces and no-break spaces', async () => {
    expect(await fromForm([{ name: '  Rein\u00A0 Saar ', email: ' Rein.Saar@emta.example.ee\u00A0' }])).toEqual([{ name: 'Rein Saar', email: 'Rein.Saar@emta.example.ee' }]);
  });

  it('moves the post a name field runs on with to the role, and keeps a name written surname first', async () => {
    const extraction = await extractDocument({ bytes: form([{ name: 'Amb. Rein Saar, Permanent Representative', email: '' }, { name: 'Lepik, Kadri', email: '' }]), fileName: 'f.json' });

    expect(extraction.contacts).toEqual([{ name: 'Rein Saar', email: '', role: 'Permanent Representative' }, { name: 'Lepik, Kadri', email: '' }]);
  });

  it('pairs the persons of a name field with the addresses of the e-mail field, in their order', async () => {
    expect(await fromForm([{ name: 'Sr. Rein Saar / Sra. Kadri Lepik', email: 'rein.saar@emta.example.ee; k.lepik@emta.example.ee', role: 'Puntos de contacto' }])).toEqual([
      { name: 'Rein Saar', email: 'rein.saar@emta.example.ee' },
      { name: 'Kadri Lepik', email: 'k.lepik@emta.example.ee' },
    ]);
  });

  it('reads an address whose "@" the field writes out', async () => {
    expect(await fromForm([{ name: 'Rein Saar', email: 'rein.saar(at)emta.example.ee' }])).toEqual([{ name: 'Rein Saar', email: 'rein.saar@emta.example.ee' }]);
  });

  it('takes the person from the role field where the name field is empty', async () => {
    const extraction = await extractDocument({ bytes: form([{ name: '', email: 'rein.saar@emta.example.ee', role: 'Mr. Rein Saar, Director' }]), fileName: 'f.json' });

    expect(extraction.contacts).toEqual([{ name: 'Rein Saar', email: 'rein.saar@emta.example.ee', role: 'Director' }]);
  });

  it('leaves out the person the form lists as the one who filled it in', async () => {
    expect(await fromForm([{ name: 'Rein Saar', email: 'rein.saar@emta.example.ee' }, { name: 'Kadri Lepik', email: 'k.lepik@emta.example.ee', role: 'Form completed by' }])).toEqual([
      { name: 'Rein Saar', email: 'rein.saar@emta.example.ee' },
    ]);
  });

  it('leaves out the Committee, whose address a form may list among its contacts', async () => {
    expect(await fromForm([{ name: 'Rein Saar', email: 'rein.saar@emta.example.ee' }, { name: '1540 Committee', email: '1540experts@un.org' }])).toEqual([
      { name: 'Rein Saar', email: 'rein.saar@emta.example.ee' },
    ]);
  });
});
