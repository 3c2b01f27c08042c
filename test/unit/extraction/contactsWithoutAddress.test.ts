/**
 * Persons designated as points of contact with no e-mail address (only a telephone, a post or a
 * postal address), from small texts written here (not from any corpus document).
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

describe('a contact given with a telephone only', () => {
  it.each([
    ['a major', 'Maj.', 'Ines Roth'],
    ['a brigadier', 'Brig.', 'Samuel Okafor'],
    ['a commander', 'Cdr.', 'Nils Aberg'],
  ])('reads the name after the abbreviated rank of %s, in a table row as after Col.', (_what, rank, name) => {
    const table = ['Ministry\tName\tTelephone', `Ministry of Defence\tCol. Pavel Linde\t+99 1 100 200`, `Ministry of Defence\t${rank} ${name}\t+99 1 100 201`].join('\n');

    expect(found(table)).toEqual([
      { name: 'Pavel Linde', email: '' },
      { name, email: '' },
    ]);
  });
});

describe('a contact the sentence designates with only a post and a body, or a postal address', () => {
  it.each([
    ['en', 'The Mission has the honour to inform the Committee that the national point of contact is Ms. Oriana Veldt, Head of the Licensing Office, Ministry of Industry, 4 Quay Road, Portsby.', 'Oriana Veldt'],
    ['fr', "La Mission a l'honneur d'informer le Comité que le point de contact national est Mme Odile Ferrand, cheffe du Bureau des licences, ministère de l'Industrie.", 'Odile Ferrand'],
    ['es', 'La Misión informa al Comité que el punto de contacto nacional es el Sr. Tomás Ibarra Cuevas, Jefe de la Oficina de Licencias del Ministerio de Industria.', 'Tomás Ibarra Cuevas'],
    ['ru', 'Представительство сообщает, что национальным контактным лицом является Воронцов Андрей Павлович, начальник отдела лицензирования Министерства промышленности.', 'Воронцов Андрей Павлович'],
    ['zh', '代表团谨通知委员会，国家联络点为工业部许可证办公室主任赵文华女士。', '赵文华'],
    ['ar', 'تتشرف البعثة بإبلاغ اللجنة بأن جهة الاتصال الوطنية هي السيدة ريم العلي، رئيسة مكتب التراخيص، وزارة الصناعة.', 'ريم العلي'],
  ])('%s', (_, text, name) => {
    expect(found(text)).toEqual([{ name, email: '' }]);
  });

  it.each([
    ['en, a minister named in passing', 'The Minister for Foreign Affairs, Mr. Hugo Brandt, attaches great importance to the resolution. The point of contact will be designated later.'],
    ['en, the Chair addressed', 'The Mission presents its compliments to the Chair of the Committee, Ambassador Nora Kell, and informs her that the point of contact is the Department of Export Control.'],
    ['fr, a body and no person', 'Le point de contact national est la Direction des affaires juridiques du ministère des Affaires étrangères.'],
  ])('names no person who is not the one designated (%s)', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
