/**
 * Contacts in shapes that national reports and notes verbales use in English, French and Spanish, written here (not from
 * any corpus document): a surname written first with its comma, a mailbox two persons share, and the entry that gives its
 * person's post over several lines before the details.
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

describe('a surname written first, its comma before the given names', () => {
  it.each([
    ['after a label, no title', 'Focal point: Mensah, Kwame, Director (k.mensah@mfa.gov.example)', 'Mensah, Kwame', 'k.mensah@mfa.gov.example'],
    ['in capitals, on a line of its own', 'National point of contact:\nOKONKWO, Chidi\nDirector, Department of Multilateral Affairs\nE-mail: c.okonkwo@mfa.gov.example', 'OKONKWO, Chidi', 'c.okonkwo@mfa.gov.example'],
    ['in a name field', 'Nom : Diallo, Mariama\nFonction : Conseillère\nCourriel : m.diallo@mae.gouv.example', 'Diallo, Mariama', 'm.diallo@mae.gouv.example'],
    ['two surnames in capitals and two given names', 'Nombre: SALGADO RÍOS, Ana Lucía\nCargo: Directora\nCorreo: asalgado@rree.gob.example', 'SALGADO RÍOS, Ana Lucía', 'asalgado@rree.gob.example'],
  ])('is kept as written, comma included (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });

  it('is read in a table\'s name cell, the address spelling the name', () => {
    const text = ['Name\tPosition\tE-mail', 'Mensah, Kwame\tDirector\tk.mensah@mfa.gov.example', 'Owusu, Abena\tDeputy Commissioner\ta.owusu@customs.gov.example'].join('\n');
    expect(found(text)).toEqual([
      { name: 'Mensah, Kwame', email: 'k.mensah@mfa.gov.example' },
      { name: 'Owusu, Abena', email: 'a.owusu@customs.gov.example' },
    ]);
  });

  it('leaves a whole name before the comma as the name, the post after it', () => {
    expect(found('Contact: KWAME MENSAH, Director, k.mensah@mfa.gov.example')).toEqual([{ name: 'KWAME MENSAH', email: 'k.mensah@mfa.gov.example' }]);
  });

  it('takes no post after a one-word surname for given names', () => {
    expect(found('Contact: Mensah, Director, k.mensah@mfa.gov.example').map((c) => c.name)).not.toContain('Mensah, Director');
  });

  it('takes no town after a titled surname for given names where the address spells neither', () => {
    expect(found('Contact: Mr. Mensah, Accra, info@mfa.gov.example').map((c) => c.name)).not.toContain('Mensah, Accra');
  });

  it('takes no town and country above a ministry\'s mailbox for a surname first', () => {
    const text = 'Ministry of Foreign Affairs\nP.O. Box M53\nAccra, Ghana\nE-mail: info@mfa.gov.example';
    expect(found(text).map((c) => c.name)).not.toContain('Accra, Ghana');
  });
});

describe('one address two persons share', () => {
  it('is each one\'s where the sentence says both are at it', () => {
    const text = 'For any further information, the Committee may write to Ms. Naledi Dube, Deputy Director, national point of contact, or to her alternate, Mr. Tendai Moyo, First Secretary, both at npc1540@mfa.gov.example.';
    expect(found(text)).toEqual([
      { name: 'Naledi Dube', email: 'npc1540@mfa.gov.example' },
      { name: 'Tendai Moyo', email: 'npc1540@mfa.gov.example' },
    ]);
  });

  it('is each one\'s where a cell names two persons and the next gives their common address', () => {
    const text = [
      'Service\tCorrespondants\tCoordonnées',
      'Direction des affaires juridiques\tM. Paul-Henri de LA SALLE, chef de bureau, et Mme Odile VAN DER STRAETEN, juriste\tAdresse commune : juridique@mae.gouv.example',
    ].join('\n');
    expect(found(text)).toEqual([
      { name: 'Paul-Henri de LA SALLE', email: 'juridique@mae.gouv.example' },
      { name: 'Odile VAN DER STRAETEN', email: 'juridique@mae.gouv.example' },
    ]);
  });

  it('is each one\'s where two rows of a table give the same address', () => {
    const text = [
      'Name\tTitle\tE-mail',
      'Mrs Fatoumata Traoré\tDirector (principal)\tdesarmement@mae.gov.example',
      'Mr Issa Konaté\tHead of Section (alternate)\tdesarmement@mae.gov.example',
    ].join('\n');
    expect(found(text)).toEqual([
      { name: 'Fatoumata Traoré', email: 'desarmement@mae.gov.example' },
      { name: 'Issa Konaté', email: 'desarmement@mae.gov.example' },
    ]);
  });

  it('stays the nearer person\'s where nothing says it is common', () => {
    expect(found('Questions may be addressed to Mr. Tendai Moyo or Ms. Naledi Dube (n.dube@mfa.gov.example).')).toEqual([
      { name: 'Naledi Dube', email: 'n.dube@mfa.gov.example' },
    ]);
  });

  it('adds no one where a mailbox named in prose is given again', () => {
    const text = 'The point of contact is Mr. Tendai Moyo (npc@mfa.gov.example).\n\nAll correspondence should be sent to npc@mfa.gov.example.';
    expect(found(text)).toEqual([{ name: 'Tendai Moyo', email: 'npc@mfa.gov.example' }]);
  });
});

describe('the end of a name where nothing but a space parts it from the post', () => {
  it.each([
    ['a table\'s row read with spaces for its column edges', 'Mr Idrissa Maïga Head of Disarmament Section (alternate) Ministry of Foreign Affairs +223 20 00 31 16 i.maiga@mae.gov.example', 'Idrissa Maïga', 'i.maiga@mae.gov.example'],
    ['a label\'s column beside the entry\'s lines', 'Point of contact\tMr. Kofi Asante\n\tDirector, Multilateral Affairs\n\tk.asante@mfa.gov.example', 'Kofi Asante', 'k.asante@mfa.gov.example'],
  ])('takes the post\'s first word for no part of the name (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });

  it('takes a post written in capitals as a name is for no name', () => {
    const text = 'Para consultas pueden dirigirse a:\n\nVALDIVIA ROCA, Ana Lucía\n\nDirectora General de Política Exterior, Ministerio de Relaciones Exteriores\n\nTel. +591 2 240 8900\n\nmailto:avaldivia@rree.gob.example';
    expect(found(text)).toEqual([{ name: 'VALDIVIA ROCA, Ana Lucía', email: 'avaldivia@rree.gob.example' }]);
  });
});

describe('a signature that gives its person\'s post over several lines, then the details', () => {
  it('gives the address under the telephone to the person above the post\'s lines', () => {
    const text = [
      'Yours sincerely,', '', 'Kofi Asante', 'Director, Department of Multilateral Affairs', 'Ministry of Foreign Affairs', 'National Point of Contact',
      'Tel.: +233 30 266 4951', 'E-mail: k.asante@mfa.gov.example',
    ].join('\n');
    expect(found(text)).toEqual([{ name: 'Kofi Asante', email: 'k.asante@mfa.gov.example' }]);
  });
});

describe('particles a name keeps', () => {
  it.each([
    ['the Arabic article joined by a hyphen', 'Contact person: Mr. Tariq al-Hashimi, Director, t.alhashimi@mofa.gov.example', 'Tariq al-Hashimi', 't.alhashimi@mofa.gov.example'],
    ['a widow\'s "Vda. de"', 'Aduanas: Sra. Rosa Elena Campos Vda. de Rivas, Subdirectora de Fiscalización\n\nre.campos@aduana.gob.example', 'Rosa Elena Campos Vda. de Rivas', 're.campos@aduana.gob.example'],
    ['a married woman\'s "épouse"', 'Ministère de la défense : Mme Edwige NGAKO épouse MBAYE, directrice (e.ngako@defense.example.gov).', 'Edwige NGAKO épouse MBAYE', 'e.ngako@defense.example.gov'],
    ['a married woman\'s "née"', 'Douanes : Mme Claire Martin née Dubois, inspectrice (c.martin@douanes.example.gov).', 'Claire Martin née Dubois', 'c.martin@douanes.example.gov'],
  ])('keeps %s', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });
});

describe('a surname written first after a title, or in a list\'s entry with no address', () => {
  it('keeps the given names after the titled surname\'s comma', () => {
    const text = 'Punto de contacto nacional:\n\nLicda. VALDIVIA ROCA, Ana Lucía\n\nDirectora de Seguridad Internacional\n\nTel. +591 2 240 8900\n\n<avaldivia@rree.gob.example>';
    expect(found(text)).toEqual([{ name: 'VALDIVIA ROCA, Ana Lucía', email: 'avaldivia@rree.gob.example' }]);
  });

  it('reads a table\'s row with no address as the person written surname first', () => {
    const text = ['Name\tPosition\tE-mail', 'Mr. Kofi Asante\tDirector\tk.asante@mfa.gov.example', 'BOATENG, Akosua\tDeputy Commissioner\t—'].join('\n');
    expect(found(text)).toEqual([{ name: 'Kofi Asante', email: 'k.asante@mfa.gov.example' }, { name: 'BOATENG, Akosua', email: '' }]);
  });
});

describe('a courtesy title written out in full', () => {
  it.each([
    ['fr', 'Monsieur Étienne Girard, Directeur, courriel : e.girard@diplomatie.gouv.example', 'Étienne Girard', 'e.girard@diplomatie.gouv.example'],
    ['es', 'Señora Inés Carrillo Duarte, Directora General, correo: icarrillo@mre.gob.example', 'Inés Carrillo Duarte', 'icarrillo@mre.gob.example'],
  ])('is no part of the name (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });
});

describe('addresses a bracket gives to the persons before it, "respectively"', () => {
  it.each([
    ['en', 'Questions may be addressed to Mr. Kofi Asante and Ms. Akosua Boateng (k.asante@mfa.gov.example and a.boateng@customs.gov.example, respectively).',
      [['Kofi Asante', 'k.asante@mfa.gov.example'], ['Akosua Boateng', 'a.boateng@customs.gov.example']]],
    ['fr, with posts', 'Les points de contact sont M. Étienne Girard, conseiller juridique, et Mme Odile Marchand, inspectrice des douanes (respectivement e.girard@diplomatie.gouv.example et o.marchand@douane.gouv.example).',
      [['Étienne Girard', 'e.girard@diplomatie.gouv.example'], ['Odile Marchand', 'o.marchand@douane.gouv.example']]],
    ['es, three persons', 'Los puntos de contacto son el Sr. Pablo Ibarra, la Sra. Inés Carrillo y el Dr. Tomás Quiroga (pibarra@mre.gob.example, icarrillo@aduana.gob.example y tquiroga@salud.gob.example, respectivamente).',
      [['Pablo Ibarra', 'pibarra@mre.gob.example'], ['Inés Carrillo', 'icarrillo@aduana.gob.example'], ['Tomás Quiroga', 'tquiroga@salud.gob.example']]],
  ])('gives each person the address of their rank (%s)', (_, text, pairs) => {
    expect(found(text)).toEqual(pairs.map(([name, email]) => ({ name, email })));
  });
});

describe('entries run together on one line, a surname written first in each', () => {
  it('gives each its address in the bracket after the given names', () => {
    expect(found('Contacts: Asante, Kofi (k.asante@mfa.gov.example); Boateng, Akosua (a.boateng@customs.gov.example)')).toEqual([
      { name: 'Asante, Kofi', email: 'k.asante@mfa.gov.example' },
      { name: 'Boateng, Akosua', email: 'a.boateng@customs.gov.example' },
    ]);
  });
});

describe('a postal box in an address block', () => {
  it('is no person, though written with initials and a capital as a name is', () => {
    expect(found('Ministry of Foreign Affairs\nP.O. Box M53\nAccra\nE-mail: info@mfa.gov.example')).toEqual([]);
  });
});

describe('a mailbox given before the person\'s own address', () => {
  it('leaves the person their own address, the one that spells their name', () => {
    const text = 'Point of contact: Mr. Kofi Asante, Director, Ministry of Foreign Affairs. Functional mailbox: un1540@mfa.gov.example. Personal e-mail: k.asante@mfa.gov.example.';
    expect(found(text)).toEqual([{ name: 'Kofi Asante', email: 'k.asante@mfa.gov.example' }]);
  });

  it('keeps the first of two addresses that both spell the name', () => {
    expect(found('Point of contact: Mr. Kofi Asante, Director\nE-mails: k.asante@mfa.gov.example, kasante.gh@mail.example')).toEqual([
      { name: 'Kofi Asante', email: 'k.asante@mfa.gov.example' },
    ]);
  });
});

describe('addresses listed in the sentence after the persons', () => {
  it('gives each address to the person whose name it spells, not to the one named nearest', () => {
    const text = 'Ghana has designated Mr. Kofi Asante (Ministry of Foreign Affairs) and Ms. Akosua Boateng (Customs Division) as points of contact. Their e-mail addresses are k.asante@mfa.gov.example and a.boateng@customs.gov.example.';
    expect(found(text)).toEqual([
      { name: 'Kofi Asante', email: 'k.asante@mfa.gov.example' },
      { name: 'Akosua Boateng', email: 'a.boateng@customs.gov.example' },
    ]);
  });

  it('leaves a mailbox that spells no one to the person named nearest', () => {
    expect(found('The point of contact is Mr. Kofi Asante, Director (npc1540@mfa.gov.example).')).toEqual([
      { name: 'Kofi Asante', email: 'npc1540@mfa.gov.example' },
    ]);
  });
});

describe('two titled persons joined by a conjunction that reads as a particle', () => {
  it('ends the first name before the second person\'s title', () => {
    const text = 'Puntos de contacto: Sr. Pablo Ibarra y Sra. Inés Carrillo (pibarra@mre.gob.example y icarrillo@mre.gob.example, respectivamente).';
    expect(found(text)).toEqual([
      { name: 'Pablo Ibarra', email: 'pibarra@mre.gob.example' },
      { name: 'Inés Carrillo', email: 'icarrillo@mre.gob.example' },
    ]);
  });
});

describe('a copy marker that opens a sentence on the line of a contact', () => {
  it.each([
    ['es', 'Para mayor información: Sr. Pablo Ibarra, Director (pibarra@mre.gob.example). Copia: Sra. Inés Carrillo, OEA (icarrillo@oas.example).'],
    ['en', 'For further information: Mr. Kofi Asante, Director (k.asante@mfa.gov.example). cc: Ms. Jane Roe, UNODA (j.roe@un.example).'],
  ])('leaves the person copied out (%s)', (_, text) => {
    expect(found(text).map((c) => c.email)).toEqual([expect.stringMatching(/^(pibarra|k\.asante)@/u)]);
  });
});
