/**
 * Short reports written for the tests in the six languages, in the shape national reports take:
 * letterhead, date, treaties (one only signed), a measure in force, a gap described with the
 * language's own grammar of planning, a request for assistance and a point of contact.
 */
import type { Language, MatrixElement, Treaty } from '../../../../shared/extraction/contract.js';

export interface SampleReport {
  language: Exclude<Language, 'other'>;
  state: string;
  date: string;
  paragraphs: string[];
  treaties: Treaty[];
  notTreaties: Treaty[];
  present: MatrixElement[];
  gaps: MatrixElement[];
  contactEmail: string;
  contactName: string;
}

export const SAMPLE_REPORTS: SampleReport[] = [
  {
    language: 'en', state: 'GHA', date: '2023-11-07', contactName: 'Kwame Mensah', contactEmail: 'k.mensah@mfa.example.gov',
    treaties: ['npt', 'cwc'], notTreaties: ['ctbt'], present: ['op3c.border_control'], gaps: ['op2.biological'],
    paragraphs: [
      'PERMANENT MISSION OF THE REPUBLIC OF GHANA TO THE UNITED NATIONS',
      'Accra, 7 November 2023',
      'National report of Ghana on the implementation of resolution 1540 (2004)',
      'Ghana is a State Party to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) and to the Chemical Weapons Convention (CWC).',
      'Ghana signed the Comprehensive Nuclear-Test-Ban Treaty in 1996.',
      'The Customs Division of the Ghana Revenue Authority enforces import and transit restrictions at all points of entry under the Customs Act, 2015.',
      'Legislation prohibiting biological weapons is being drafted by the Ministry of Justice.',
      'Point of contact: Mr. Kwame Mensah, Director, Ministry of Foreign Affairs; e-mail: k.mensah@mfa.example.gov',
    ],
  },
  {
    language: 'fr', state: 'MLI', date: '2022-05-19', contactName: 'Awa Traoré', contactEmail: 'a.traore@diplomatie.example.gov',
    treaties: ['npt', 'bwc'], notTreaties: ['icsant'], present: ['op3c.border_control'], gaps: ['op3d.export_control'],
    paragraphs: [
      'MISSION PERMANENTE DE LA RÉPUBLIQUE DU MALI AUPRÈS DES NATIONS UNIES',
      'New York, le 19 mai 2022',
      'Rapport national du Mali sur la mise en œuvre de la résolution 1540 (2004)',
      'Le Mali est partie au Traité sur la non-prolifération des armes nucléaires (TNP) et à la Convention sur l\'interdiction des armes biologiques.',
      'La ratification de la Convention internationale pour la répression des actes de terrorisme nucléaire est à l\'étude.',
      'La Direction générale des douanes contrôle les marchandises aux frontières en application du Code des douanes.',
      'Un projet de loi sur le contrôle des exportations de biens à double usage est en cours d\'élaboration.',
      'Le point de contact national est Mme Awa Traoré, conseillère juridique ; courriel : a.traore@diplomatie.example.gov',
    ],
  },
  {
    language: 'es', state: 'URY', date: '2024-03-15', contactName: 'Martín Pereira', contactEmail: 'mpereira@mrree.example.gov',
    treaties: ['npt', 'nwfz'], notTreaties: ['hcoc'], present: ['op3a.accounting'], gaps: ['op2.delivery'],
    paragraphs: [
      'REPÚBLICA ORIENTAL DEL URUGUAY',
      'Montevideo, 15 de marzo de 2024',
      'Informe nacional del Uruguay sobre la aplicación de la resolución 1540 (2004)',
      'El Uruguay es Estado Parte en el Tratado sobre la No Proliferación de las Armas Nucleares y en el Tratado de Tlatelolco.',
      'El Uruguay examina la posibilidad de suscribir el Código de Conducta de La Haya.',
      'La Autoridad Reguladora Nacional mantiene un registro de fuentes radiactivas conforme a la Ley N° 19.056.',
      'Se está elaborando un anteproyecto de ley sobre misiles y otros sistemas vectores.',
      'Punto de contacto: Sr. Martín Pereira, Dirección de Asuntos Multilaterales; correo electrónico: mpereira@mrree.example.gov',
    ],
  },
  {
    language: 'ru', state: 'BLR', date: '2023-09-21', contactName: 'Ковалев Андрей Петрович', contactEmail: 'a.kovalev@mfa.example.gov',
    treaties: ['npt', 'cwc'], notTreaties: ['hcoc'], present: ['op3c.border_control'], gaps: ['op3d.financing_services'],
    paragraphs: [
      'ПОСТОЯННОЕ ПРЕДСТАВИТЕЛЬСТВО РЕСПУБЛИКИ БЕЛАРУСЬ ПРИ ОРГАНИЗАЦИИ ОБЪЕДИНЕННЫХ НАЦИЙ',
      'г. Минск, 21 сентября 2023 г.',
      'Национальный доклад Республики Беларусь об осуществлении резолюции 1540 (2004)',
      'Республика Беларусь является участником Договора о нераспространении ядерного оружия и Конвенции о запрещении химического оружия.',
      'Вопрос о присоединении к Гаагскому кодексу поведения рассматривается.',
      'Государственный таможенный комитет осуществляет контроль перемещения товаров через таможенную границу в соответствии с Таможенным кодексом.',
      'Контроль за предоставлением финансовых услуг, связанных с экспортом, в настоящее время разрабатывается.',
      'Контактное лицо: Ковалев Андрей Петрович, советник; эл. адрес: a.kovalev@mfa.example.gov',
    ],
  },
  {
    language: 'zh', state: 'MNG', date: '2024-06-12', contactName: '巴特尔', contactEmail: 'bater@mfa.example.gov',
    treaties: ['npt', 'cwc'], notTreaties: ['icsant'], present: ['op3c.border_control'], gaps: ['op2.biological'],
    paragraphs: [
      '蒙古国常驻联合国代表团',
      '2024年6月12日',
      '蒙古国关于执行安理会第1540（2004）号决议的国家报告',
      '蒙古国是《不扩散核武器条约》和《禁止化学武器公约》的缔约国。',
      '蒙古国正在研究加入《制止核恐怖主义行为国际公约》。',
      '海关总署依照《海关法》在各口岸对进出境货物实施监管。',
      '关于禁止生物武器的法律草案正在起草。',
      '联系人：外交部 巴特尔，电子邮件：bater@mfa.example.gov',
    ],
  },
  {
    language: 'ar', state: 'OMN', date: '2022-02-14', contactName: 'سالم بن علي الحارثي', contactEmail: 's.alharthi@mofa.example.gov',
    treaties: ['npt', 'cwc'], notTreaties: ['ctbt'], present: ['op3c.border_control'], gaps: ['op3d.export_control'],
    paragraphs: [
      'البعثة الدائمة لسلطنة عمان لدى الأمم المتحدة',
      'مسقط في ١٤ شباط/فبراير ٢٠٢٢',
      'التقرير الوطني لسلطنة عمان بشأن تنفيذ قرار مجلس الأمن 1540 (2004)',
      'سلطنة عمان دولة طرف في معاهدة عدم انتشار الأسلحة النووية واتفاقية حظر الأسلحة الكيميائية.',
      'وقعت سلطنة عمان على معاهدة الحظر الشامل للتجارب النووية.',
      'تتولى الإدارة العامة للجمارك مراقبة البضائع في جميع المنافذ الحدودية وفقا لقانون الجمارك.',
      'مشروع قانون مراقبة التصدير قيد الإعداد.',
      'جهة الاتصال: السيد سالم بن علي الحارثي، مستشار، البريد الإلكتروني: s.alharthi@mofa.example.gov',
    ],
  },
];
