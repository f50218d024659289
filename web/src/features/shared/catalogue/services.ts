import { LEVEL_LABELS, type AssuranceLevel } from './levels';

/**
 * The citizen services of the tender (2.6), one entry each: what the H5 home
 * lists, what level a page demands before it asks the API anything, and the
 * page's title. No UI kit here: server components read it for metadata.
 *
 * Levels follow one rule, stricter where the tender asks for a face check:
 * 0 – public information and consultation (anyone signed in);
 * 1 – acting in one's own name where an officer or another person is
 *     involved and nothing personal is shown back (reports, move my car,
 *     applications that officers check against the materials, queue numbers);
 * 2 – one's own records, certificates, fees and progress, and every service the
 *     tender puts behind 人像比对 (e-licences, online study, HK/Macau
 *     endorsement, lodging without an ID card);
 * 3 – a certificate that others rely on about the person (无犯罪记录证明):
 *     实人实名实证, the network identity copy.
 */
export type Domain = 'traffic' | 'exit-entry' | 'household' | 'general';

export type ServiceStatus = 'available' | 'coming';

/** Icon names the H5 home maps to antd-mobile icons (kept out of this file so servers can import it). */
export type ServiceIcon =
  | 'violation'
  | 'driving-licence'
  | 'vehicle-licence'
  | 'move-car'
  | 'photo'
  | 'road'
  | 'bill'
  | 'study'
  | 'pass'
  | 'border'
  | 'consult'
  | 'travel'
  | 'pay'
  | 'progress'
  | 'people'
  | 'certificate'
  | 'lodging'
  | 'queue'
  | 'wallet';

export interface CitizenService {
  key: string;
  domain: Domain;
  route: `/h5/${string}`;
  title: string;
  description: string;
  /** The real-name level the page demands (checked against the session before any API call). */
  level: AssuranceLevel;
  status: ServiceStatus;
  icon: ServiceIcon;
  /** Where the tender describes it. */
  tender: string;
}

export const DOMAINS: readonly { key: Domain; title: string }[] = [
  { key: 'traffic', title: '交通管理' },
  { key: 'exit-entry', title: '出入境' },
  { key: 'household', title: '户政' },
  { key: 'general', title: '综合服务' },
];

export const SERVICES = [
  // 交通管理 (2.6.1)
  {
    key: 'violations',
    domain: 'traffic',
    // The page that exists today: the citizen's vehicles with their violations.
    route: '/h5/vehicles',
    title: '违法查询与缴款',
    description: '查询本人车辆的交通违法记录，在线缴纳罚款',
    level: 2,
    status: 'available',
    icon: 'violation',
    tender: '2.6.1.2',
  },
  { key: 'e-driving-licence', domain: 'traffic', route: '/h5/e-driving-licence', title: '电子驾驶证', description: '人像比对核验后领取电子驾驶证，市内可作有效证件', level: 2, status: 'coming', icon: 'driving-licence', tender: '2.6.1.5' },
  { key: 'e-vehicle-licence', domain: 'traffic', route: '/h5/e-vehicle-licence', title: '电子行驶证', description: '人像比对核验后领取电子行驶证', level: 2, status: 'coming', icon: 'vehicle-licence', tender: '2.6.1.6' },
  { key: 'move-car', domain: 'traffic', route: '/h5/move-car', title: '挪车', description: '拍下车牌、定位车辆，短信通知车主前来挪车', level: 1, status: 'coming', icon: 'move-car', tender: '2.6.1.4' },
  { key: 'photo-report', domain: 'traffic', route: '/h5/photo-report', title: '随手拍', description: '拍照举报交通违法行为，审核通过后曝光', level: 1, status: 'coming', icon: 'photo', tender: '2.6.1.3' },
  { key: 'road-conditions', domain: 'traffic', route: '/h5/road-conditions', title: '实时路况', description: '按路段查看摄像头拍摄的实时路况', level: 0, status: 'coming', icon: 'road', tender: '2.6.1.7' },
  { key: 'traffic-fees', domain: 'traffic', route: '/h5/traffic-fees', title: '交管缴费', description: '查询并缴纳车驾管业务规费', level: 2, status: 'coming', icon: 'bill', tender: '2.6.1.8' },
  { key: 'online-study', domain: 'traffic', route: '/h5/online-study', title: '满分/审验教育', description: '驾驶人满分学习、审验学习，学满学时后预约考试', level: 2, status: 'coming', icon: 'study', tender: '2.6.1.9' },
  { key: 'road-pass', domain: 'traffic', route: '/h5/road-pass', title: '禁行道路通行证', description: '在线申请禁行道路通行证，审核后寄送或领取电子凭证', level: 1, status: 'coming', icon: 'pass', tender: '2.6.1.10' },
  { key: 'border-pass', domain: 'traffic', route: '/h5/border-pass', title: '边境地区通行证', description: '在线申请边境地区通行证，审核后寄送', level: 1, status: 'coming', icon: 'border', tender: '2.6.1.11' },
  // 出入境 (2.6.2)
  { key: 'exit-entry-consultation', domain: 'exit-entry', route: '/h5/exit-entry-consultation', title: '出入境咨询', description: '出入境政策与办事问题智能问答，可转民警回复', level: 0, status: 'coming', icon: 'consult', tender: '2.6.2.1' },
  { key: 'hk-macau-endorsement', domain: 'exit-entry', route: '/h5/hk-macau-endorsement', title: '往来港澳签注', description: '人像核验后在线申请往来港澳再次签注', level: 2, status: 'coming', icon: 'travel', tender: '2.6.2.2' },
  { key: 'exit-entry-fees', domain: 'exit-entry', route: '/h5/exit-entry-fees', title: '出入境缴费', description: '查询并缴纳出入境证件工本费', level: 2, status: 'coming', icon: 'pay', tender: '2.6.2.3' },
  { key: 'exit-entry-progress', domain: 'exit-entry', route: '/h5/exit-entry-progress', title: '出入境办理进度', description: '查询本人出入境证件的办理进度', level: 2, status: 'coming', icon: 'progress', tender: '2.6.2.4' },
  // 户政 (2.6.3)
  { key: 'same-name', domain: 'household', route: '/h5/same-name', title: '同名查询', description: '查询全市与某一姓名同名的人数', level: 0, status: 'coming', icon: 'people', tender: '2.6.3.1' },
  { key: 'id-card-progress', domain: 'household', route: '/h5/id-card-progress', title: '身份证办理进度', description: '按受理号查询居民身份证制证进度', level: 2, status: 'coming', icon: 'progress', tender: '2.6.3.2' },
  { key: 'no-crime-certificate', domain: 'household', route: '/h5/no-crime-certificate', title: '无犯罪记录证明', description: '凭单位函件在线申请，办结后到窗口领取', level: 3, status: 'coming', icon: 'certificate', tender: '2.6.3.3' },
  { key: 'lodging', domain: 'household', route: '/h5/lodging', title: '无证住宿登记', description: '未带身份证时人像核验，凭验证码到旅馆登记入住', level: 2, status: 'coming', icon: 'lodging', tender: '2.6.3.4' },
  { key: 'household-consultation', domain: 'household', route: '/h5/household-consultation', title: '户政咨询', description: '户口、身份证办理问题智能问答，可转户籍民警回复', level: 0, status: 'coming', icon: 'consult', tender: '2.6.3.5' },
  // 综合服务 (2.6.4, 2.3.5.2)
  // 大厅取号 (/h5/queue), with 我的取号 (/h5/queue/tickets) and each number's ticket (/h5/queue/tickets/<id>).
  { key: 'queue', domain: 'general', route: '/h5/queue', title: '大厅取号', description: '行政大厅、车管大厅网上取号，按时到场办理', level: 1, status: 'available', icon: 'queue', tender: '2.6.4' },
  // 我的缴费: every order of the citizen, each paid on its own page (/h5/pay/<id>).
  { key: 'payments', domain: 'general', route: '/h5/payments', title: '缴费', description: '查看并缴纳本人的罚款、规费和工本费', level: 2, status: 'available', icon: 'wallet', tender: '2.3.5.2' },
] as const satisfies readonly CitizenService[];

export type ServiceKey = (typeof SERVICES)[number]['key'];

/** The user centre's own pages: not tender services, but gated and titled the same way. */
export const ACCOUNT_PAGES = [
  { key: 'profile', route: '/h5/profile', title: '个人信息', description: '姓名、证件、实名等级与登录方式', level: 0 },
  { key: 'real-name', route: '/h5/real-name', title: '实名认证', description: '提升实名等级，办理更多业务', level: 0 },
  { key: 'bindings', route: '/h5/bindings', title: '我的绑定', description: '绑定驾驶证和本人名下车辆', level: 1 },
] as const satisfies readonly { key: string; route: `/h5/${string}`; title: string; description: string; level: AssuranceLevel }[];

export type AccountPageKey = (typeof ACCOUNT_PAGES)[number]['key'];

export type GatedPage = { route: string; title: string; level: AssuranceLevel };

export function serviceByKey(key: ServiceKey): CitizenService {
  const service = SERVICES.find((entry) => entry.key === key);
  if (!service) throw new Error(`no catalogue service ${key}`);
  return service;
}

export function accountPage(key: AccountPageKey): (typeof ACCOUNT_PAGES)[number] {
  const page = ACCOUNT_PAGES.find((entry) => entry.key === key);
  if (!page) throw new Error(`no account page ${key}`);
  return page;
}

/** The service or user-centre page at `route` (for `?next=` after real-name verification). */
export function pageByRoute(route: string): GatedPage | undefined {
  return [...SERVICES, ...ACCOUNT_PAGES].find((page) => page.route === route);
}

export const servicesOf = (domain: Domain): readonly CitizenService[] => SERVICES.filter((service) => service.domain === domain);

/** What reaching `level` unlocks, named after the first few pages that need exactly it. */
export function levelUnlocks(level: number): string {
  const titles = [...ACCOUNT_PAGES, ...SERVICES].filter((page) => page.level === level).map((page) => page.title);
  if (titles.length === 0) return `办理需要${LEVEL_LABELS[level] ?? ''}的业务`;
  return `办理${titles.slice(0, 3).join('、')}${titles.length > 3 ? '等' : ''}业务`;
}
