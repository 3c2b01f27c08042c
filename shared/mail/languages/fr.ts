import type { LanguagePack } from '../languagePack.js';

export const fr: LanguagePack = {
  locale: 'fr-FR',
  direction: 'ltr',
  greeting: () => 'Madame, Monsieur,',
  closing: [
    'Veuillez agréer, Madame, Monsieur, l’assurance de notre haute considération.',
    'Le Secrétariat du Comité du Conseil de sécurité créé par la résolution 1540 (2004)',
  ],
  footer: (state) =>
    `Ce message a été envoyé automatiquement au point de contact national de l’État suivant pour la résolution 1540 (2004) : ${state}. ` +
    'Le courrier électronique est une voie informelle : les communications officielles continuent d’être transmises par note verbale de la Mission permanente au Président du Comité.',
  uploaderFooter: (state) => `Ce message vous a été envoyé automatiquement en tant qu’utilisateur ayant déposé ce fichier sur le portail de rapports 1540 pour l’État suivant : ${state}.`,
  organizationFooter: (organization) => `Ce message a été envoyé automatiquement au point de contact de l’organisation suivante pour la résolution 1540 (2004) : ${organization}.`,
  reportTypes: {
    national_report: 'rapport national',
    additional_information: 'informations complémentaires',
    action_plan: 'plan d’action national de mise en œuvre',
    assistance_request: 'demande d’assistance',
    point_of_contact: 'désignation d’un point de contact',
    effective_practices: 'pratiques efficaces',
    committee_document: 'document du Comité',
  },
  summary: (v) =>
    `${v.reportType}, en ${v.language} ; éléments de la matrice : ${v.matrixElements} ; traités : ${v.treaties} ; points de contact : ${v.contacts}`,
  upcoming: {
    subject: (v) => `Rappel : ${v.title}, attendu le ${v.due}`,
    body: (v) => [
      `Au nom du Comité du Conseil de sécurité créé par la résolution 1540 (2004), le Secrétariat souhaite rappeler que l’élément suivant est attendu le ${v.due}${v.days > 0 ? ` (dans ${v.days} jours)` : ''} : ${v.title}.`,
      `Si l’État suivant l’a déjà transmis, nous vous remercions de ne pas tenir compte du présent message : ${v.stateName}.`,
      'Les documents peuvent être déposés sur le portail de communication des rapports du Comité.',
    ],
  },
  overdue: {
    subject: (v) => `Suivi : ${v.title}, attendu le ${v.due}`,
    body: (v) => [
      `Au nom du Comité du Conseil de sécurité créé par la résolution 1540 (2004), le Secrétariat se permet de rappeler que l’élément suivant était attendu le ${v.due} : ${v.title}.`,
      `Le Comité ne l’a pas encore reçu (${v.stateName}) et vous serait reconnaissant de bien vouloir le lui faire parvenir dans les meilleurs délais. Si une assistance pour sa préparation pouvait être utile, le Comité se tient prêt à la faciliter.`,
      'Si ce document a été transmis entre-temps, nous vous remercions de ne pas tenir compte du présent message.',
    ],
  },
  receipt: {
    subject: (v) => `Accusé de réception : ${v.fileName}`,
    body: (v) => [
      `Le Secrétariat accuse réception, avec ses remerciements, du document suivant, reçu le ${v.receivedOn} (${v.stateName}) :`,
      [`Fichier : ${v.fileName}`, `SHA-256 : ${v.sha256}`, `Contenu relevé : ${v.summary}`, `Référence : ${v.reference}`],
      ...(v.duplicateOf
        ? [`Ce fichier est identique à un document reçu précédemment (référence ${v.duplicateOf}) ; aucune autre mesure n’est requise.`]
        : ['Ces informations seront examinées par le Comité et son Groupe d’experts.']),
    ],
  },
  refused: {
    subject: (v) => `Document non accepté : ${v.fileName}`,
    body: (v) => [
      `Le Secrétariat a le regret de vous informer que le fichier ${v.fileName}, reçu le ${v.receivedOn} (${v.stateName}), n’a pas pu être traité.`,
      [`Motif : ${v.reason}`, `Référence : ${v.reference}`],
      'Le Secrétariat vous serait reconnaissant de bien vouloir déposer une version corrigée sur le portail de communication des rapports.',
    ],
  },
};
