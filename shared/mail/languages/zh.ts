import type { LanguagePack } from '../languagePack.js';

export const zh: LanguagePack = {
  locale: 'zh-CN',
  direction: 'ltr',
  greeting: (name) => `尊敬的${name}：`,
  closing: ['此致', '敬礼', '安全理事会关于第1540(2004)号决议的委员会秘书处'],
  footer: (state) =>
    `本邮件由系统自动发送给${state}关于第1540(2004)号决议的国家联络点。` +
    '电子邮件为非正式渠道：正式函件仍由常驻代表团以普通照会形式致委员会主席。',
  uploaderFooter: (state) => `本邮件由系统自动发送给您，因为您代表${state}向1540报告门户上传了此文件。`,
  organizationFooter: (organization) => `本邮件由系统自动发送给${organization}关于第1540(2004)号决议的联络点。`,
  reportTypes: {
    national_report: '国家报告',
    additional_information: '补充资料',
    action_plan: '国家执行行动计划',
    assistance_request: '援助请求',
    point_of_contact: '联络点指定',
    effective_practices: '有效做法',
    committee_document: '委员会文件',
  },
  summary: (v) => `${v.reportType}（${v.language}）；矩阵要素：${v.matrixElements}；条约：${v.treaties}；联络点：${v.contacts}`,
  upcoming: {
    subject: (v) => `提醒：${v.title}，截止日期为${v.due}`,
    body: (v) => [
      `秘书处谨代表安全理事会关于第1540(2004)号决议的委员会提请注意，以下事项的截止日期为${v.due}${v.days > 0 ? `（尚余${v.days}天）` : ''}：${v.title}。`,
      `如${v.stateName}已提交相关文件，请忽略本邮件，谨致谢意。`,
      '文件可通过委员会报告门户网站上传。',
    ],
  },
  overdue: {
    subject: (v) => `后续提醒：${v.title}，截止日期为${v.due}`,
    body: (v) => [
      `秘书处谨代表安全理事会关于第1540(2004)号决议的委员会提请注意，以下事项的截止日期为${v.due}：${v.title}。`,
      `委员会尚未收到${v.stateName}的相关文件，如能尽早提交，委员会将不胜感激。如在编写过程中需要援助，委员会随时准备提供协助。`,
      '如相关文件已于此期间提交，请忽略本邮件，谨致谢意。',
    ],
  },
  receipt: {
    subject: (v) => `收件确认：${v.fileName}`,
    body: (v) => [
      `秘书处谨确认已于${v.receivedOn}收到${v.stateName}提交的以下文件，谨致谢意：`,
      [`文件：${v.fileName}`, `SHA-256：${v.sha256}`, `提取内容：${v.summary}`, `编号：${v.reference}`],
      ...(v.duplicateOf
        ? [`该文件与此前收到的文件（编号${v.duplicateOf}）相同，无需采取进一步行动。`]
        : ['委员会及其专家组将审议上述信息。']),
    ],
  },
  refused: {
    subject: (v) => `文件未被接受：${v.fileName}`,
    body: (v) => [
      `秘书处遗憾地通知，于${v.receivedOn}收到的${v.stateName}文件${v.fileName}无法处理。`,
      [`原因：${v.reason}`, `编号：${v.reference}`],
      '如能通过报告门户网站上传更正后的版本，秘书处将不胜感激。',
    ],
  },
};
