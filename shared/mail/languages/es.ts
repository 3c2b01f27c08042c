import type { LanguagePack } from '../languagePack.js';

export const es: LanguagePack = {
  locale: 'es-ES',
  direction: 'ltr',
  greeting: (name) => `Estimado/a ${name}:`,
  closing: ['Le saluda atentamente,', 'La Secretaría del Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004)'],
  footer: (state) =>
    `Este mensaje se ha enviado automáticamente al punto de contacto nacional de ${state} para la resolución 1540 (2004). ` +
    'El correo electrónico es un canal oficioso: las comunicaciones oficiales siguen transmitiéndose mediante nota verbal de la Misión Permanente a la Presidencia del Comité.',
  uploaderFooter: (state) => `Este mensaje se le ha enviado automáticamente como usuario que cargó este archivo en el portal de informes 1540 en nombre de ${state}.`,
  organizationFooter: (organization) => `Este mensaje se ha enviado automáticamente al punto de contacto de ${organization} para la resolución 1540 (2004).`,
  reportTypes: {
    national_report: 'informe nacional',
    additional_information: 'información adicional',
    action_plan: 'plan de acción nacional de aplicación',
    assistance_request: 'solicitud de asistencia',
    point_of_contact: 'designación de un punto de contacto',
    effective_practices: 'prácticas eficaces',
    committee_document: 'documento del Comité',
  },
  summary: (v) =>
    `${v.reportType}, en ${v.language}; elementos de la matriz: ${v.matrixElements}; tratados: ${v.treaties}; puntos de contacto: ${v.contacts}`,
  upcoming: {
    subject: (v) => `Recordatorio: ${v.title}, con plazo el ${v.due}`,
    body: (v) => [
      `En nombre del Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004), la Secretaría desea recordar que el siguiente documento debe presentarse el ${v.due}${v.days > 0 ? ` (dentro de ${v.days} días)` : ''}: ${v.title}.`,
      `Si ${v.stateName} ya lo ha transmitido, le rogamos que no tenga en cuenta este mensaje, y le damos las gracias.`,
      'Los documentos pueden cargarse en el portal de presentación de informes del Comité.',
    ],
  },
  overdue: {
    subject: (v) => `Seguimiento: ${v.title}, con plazo el ${v.due}`,
    body: (v) => [
      `En nombre del Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004), la Secretaría se permite recordar respetuosamente que el siguiente documento debía presentarse el ${v.due}: ${v.title}.`,
      `El Comité aún no lo ha recibido de ${v.stateName} y le agradecería que se lo hiciera llegar a la mayor brevedad posible. Si fuera útil recibir asistencia para su preparación, el Comité está dispuesto a facilitarla.`,
      'Si el documento se ha transmitido entretanto, le rogamos que no tenga en cuenta este mensaje, y le damos las gracias.',
    ],
  },
  receipt: {
    subject: (v) => `Acuse de recibo: ${v.fileName}`,
    body: (v) => [
      `La Secretaría acusa recibo, con agradecimiento, del siguiente documento de ${v.stateName}, recibido el ${v.receivedOn}:`,
      [`Archivo: ${v.fileName}`, `SHA-256: ${v.sha256}`, `Contenido extraído: ${v.summary}`, `Referencia: ${v.reference}`],
      ...(v.duplicateOf
        ? [`El archivo es idéntico a un documento recibido anteriormente (referencia ${v.duplicateOf}); no se requiere ninguna otra medida.`]
        : ['El Comité y su Grupo de Expertos examinarán la información.']),
    ],
  },
  refused: {
    subject: (v) => `Documento no aceptado: ${v.fileName}`,
    body: (v) => [
      `La Secretaría lamenta informarle de que no ha sido posible procesar el archivo ${v.fileName}, recibido el ${v.receivedOn} de ${v.stateName}.`,
      [`Motivo: ${v.reason}`, `Referencia: ${v.reference}`],
      'La Secretaría le agradecería que cargara una versión corregida en el portal de presentación de informes.',
    ],
  },
};
