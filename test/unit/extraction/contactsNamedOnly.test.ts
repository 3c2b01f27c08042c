/**
 * Persons a sentence designates as points of contact by name only (no address, no telephone), and persons named near
 * "point of contact" who are none, from small texts written here (not from any corpus document).
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

describe('a person the sentence designates as the point of contact, named before the designation', () => {
  it.each([
    ['en', 'Ms. Orla Brennan, Head of the Licensing Office, Ministry of Industry, has been designated as the national point of contact.', 'Orla Brennan'],
    ['en', 'Mr. Tobias Lind will serve as the national point of contact of the Republic.', 'Tobias Lind'],
    ['fr', 'Mme Odile Ferrand, cheffe du Bureau des licences, a été désignée comme point de contact national.', 'Odile Ferrand'],
    ['es', 'La Sra. Carmen Ibarra Cuevas, Jefa de la Oficina de Licencias, ha sido designada como punto de contacto nacional.', 'Carmen Ibarra Cuevas'],
    ['ru', 'Г-жа Воронцова Анна Павловна, начальник отдела лицензирования, назначена национальным контактным лицом.', 'Воронцова Анна Павловна'],
    ['zh', '工业部许可证办公室周丽华女士被指定为国家联络人。', '周丽华'],
  ])('(%s) %s', (_language, text, name) => {
    expect(found(`The Mission presents its compliments to the Committee.\n\n${text}`)).toEqual([{ name, email: '' }]);
  });
});

describe('a person the sentence designates as the point of contact, named between the verb and the designation', () => {
  it.each([
    ['en', 'The Government has designated Ms. Orla Brennan, Head of the Licensing Office, as its national point of contact.', 'Orla Brennan'],
    ['fr', 'Le Gouvernement a désigné M. Paul Ferrand, chef du Bureau des licences, comme point de contact national.', 'Paul Ferrand'],
    ['es', 'El Gobierno ha designado al Sr. Tomás Ibarra Cuevas, Jefe de la Oficina de Licencias, como punto de contacto nacional.', 'Tomás Ibarra Cuevas'],
    ['ar', 'تم تعيين السيدة سلمى الهاشمي، مديرة إدارة التراخيص، جهة اتصال وطنية.', 'سلمى الهاشمي'],
  ])('(%s) %s', (_language, text, name) => {
    expect(found(`The Mission presents its compliments to the Committee.\n\n${text}`)).toEqual([{ name, email: '' }]);
  });
});

describe('persons named near a point of contact who are none', () => {
  it.each([
    ['a contact who was designated before and has left', 'Mr. Tobias Lind, previously designated as point of contact, has retired.'],
    ['a contact designated once and replaced since', 'Ms. Orla Brennan was appointed as point of contact in 2019 and was replaced in 2023.'],
    ['a contact whose designation a relative clause tells', 'El Sr. Andrés Soto Vidal, quien ha sido designado como punto de contacto en 2015, se jubiló en mayo.'],
    ['a person a clause of their own designates to another post', 'Mr. Tobias Lind, the Minister, has appointed Ms. Orla Brennan as Deputy Director, and the Ministry will serve as the national point of contact.'],
    ['a person appointed to another post, in Arabic', 'تم تعيين السيد خالد الزعبي سفيرا، وستبقى وزارة الخارجية جهة اتصال وطنية.'],
    ['a person appointed to lead a working group on contact points, in Chinese', '委员会主席李华女士被任命为联络点工作组组长。'],
    ['a person the contact informs', 'The point of contact will inform Mr. Tobias Lind of the requests of the Committee.'],
    ['a person who met the contacts', 'Mr. Tobias Lind met the national points of contact in May.'],
    ['a person the contact consults', 'The point of contact, in consultation with Ms. Orla Brennan, coordinates the implementation.'],
    ['a person who designated the contact', 'Mr. Tobias Lind, the Minister, designated the point of contact in May.'],
  ])('%s', (_what, text) => {
    expect(found(`The Mission presents its compliments to the Committee.\n\n${text}`)).toEqual([]);
  });
});

describe('the newcomer a sentence names in place of the point of contact it replaces', () => {
  it.each([
    ['en', 'Mr. Tobias Lind, who served as national point of contact, has been replaced by Ms. Orla Brennan, Head of the Licensing Office.', 'Orla Brennan'],
    ['en', 'Ms. Orla Brennan replaces Mr. Tobias Lind as national point of contact.', 'Orla Brennan'],
    ['fr', 'M. Paul Ferrand, ancien point de contact, a été remplacé par Mme Odile Marchal, conseillère juridique.', 'Odile Marchal'],
    ['es', 'El Sr. Tomás Ibarra Cuevas, anterior punto de contacto, ha sido sustituido por la Sra. Carmen Vidal Soto.', 'Carmen Vidal Soto'],
    ['zh', '原国家联络人张伟先生已由周丽华女士接替。', '周丽华'],
    ['ar', 'يحل السيد خالد الزعبي محل السيد سامي النجار كجهة اتصال وطنية.', 'خالد الزعبي'],
  ])('(%s) %s', (_language, text, name) => {
    expect(found(`The Mission presents its compliments to the Committee.\n\n${text}`)).toEqual([{ name, email: '' }]);
  });

  it('finds no newcomer in a sentence that names the one replaced only, before the replacing verb', () => {
    expect(found('The Mission presents its compliments to the Committee.\n\nUntil Mr. Tobias Lind is replaced by the new Minister, the register kept by the point of contact stays closed.')).toEqual([]);
  });

  it('gives no newcomer that a Russian passive names in the instrumental case, which is not the name as written in full', () => {
    expect(found('Представительство свидетельствует уважение.\n\nГ-н Сейтов Арман Болатович, ранее являвшийся контактным лицом, заменен г-ном Нурлановым Ерланом Маратовичем.')).toEqual([]);
  });

  it('finds no newcomer where the one replaced is no point of contact', () => {
    expect(found('The Mission presents its compliments to the Committee.\n\nMr. Tobias Lind, the Minister of Industry, has been replaced by Ms. Orla Brennan.')).toEqual([]);
  });
});

describe('a sentence whose subject is the point of contact and whose verb names no one', () => {
  it.each([
    ['en', 'The point of contact will be informed when Mr. Tobias Lind returns from the conference.'],
    ['en', 'The point of contact is kept informed by Ms. Orla Brennan, Head of the Licensing Office.'],
    ['fr', 'Le point de contact sera informé par M. Paul Ferrand, chef du Bureau des licences.'],
    ['es', 'El punto de contacto será informado por el Sr. Tomás Ibarra Cuevas, Jefe de la Oficina de Licencias.'],
  ])('(%s) %s', (_language, text) => {
    expect(found(`The Mission presents its compliments to the Committee.\n\n${text}`)).toEqual([]);
  });
});

describe('a person the sentence designates after the post it gives them', () => {
  it.each([
    ['en', 'The Government has designated as its national point of contact Ms. Orla Brennan, Head of the Licensing Office.', 'Orla Brennan'],
    ['fr', 'Le Gouvernement a désigné comme point de contact national M. Paul Ferrand, chef du Bureau des licences.', 'Paul Ferrand'],
    ['es', 'El Gobierno ha designado como punto de contacto nacional a la Sra. Carmen Vidal Soto, Asesora Jurídica.', 'Carmen Vidal Soto'],
  ])('(%s) %s', (_language, text, name) => {
    expect(found(`The Mission presents its compliments to the Committee.\n\n${text}`)).toEqual([{ name, email: '' }]);
  });

  it('finds no one where the post goes to a body and a person is named later in the sentence', () => {
    expect(found('The Mission presents its compliments to the Committee.\n\nThe Government has designated as its national point of contact the Ministry of Foreign Affairs, whose work Mr. Tobias Lind, the Minister, oversees.')).toEqual([]);
  });
});
