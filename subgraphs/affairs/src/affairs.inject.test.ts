import { sql } from '@jingtong/kit';
import { changed } from './flows/testing/sample-flow.js';
import { type Affairs, citizen, officer, startAffairs, type Who } from './testing/affairs-harness.js';
import { draftFixture } from './testing/draft-fixture.js';

const ERROR = 'error { code message field }';
const CLASS = 'businessClass { id code name status }';
const REGISTER = `mutation($input: RegisterBusinessClassInput!) { registerBusinessClass(input: $input) { ${CLASS} ${ERROR} } }`;
const RENAME = `mutation($input: UpdateBusinessClassInput!) { updateBusinessClass(input: $input) { ${CLASS} ${ERROR} } }`;
const CANCEL = `mutation($id: ID!) { cancelBusinessClass(id: $id) { ${CLASS} cancelledBusinesses ${ERROR} } }`;
const BUSINESS = `id number name pinyin status ${CLASS}`;
const CREATE = `mutation($input: BusinessInput!) { createBusiness(input: $input) { business { ${BUSINESS} } ${ERROR} } }`;
const UPDATE = `mutation($id: ID!, $input: BusinessInput!) { updateBusiness(id: $id, input: $input) { business { ${BUSINESS} } ${ERROR} } }`;
const READ = `query($id: ID!) { business(id: $id) { ${BUSINESS} draft { flow unpublishedChanges problems { code path node } } versions { version } currentVersion { version digest } } }`;
const SAVE = `mutation($input: SaveBusinessDraftInput!) { saveBusinessDraft(input: $input) { draft { flow problems { code message path node } } ${ERROR} } }`;
const PUBLISH = `mutation($id: ID!) { publishBusiness(id: $id) { created version { version digest fields { code } } problems { code message path node } ${ERROR} } }`;
const VERSION = 'query($b: ID!, $v: Int!) { businessVersion(businessId: $b, version: $v) { version digest flowDigest flow fields { code label } materials { code } } }';

/**
 * The configuration API one resolver at a time, without the gateway: the subgraph as `npm start` builds it on
 * embedded PGlite, asked over a port with a signed caller (Fastify's `inject()` cannot load under Jest's ESM runtime).
 */
describe('affairs configuration, asked directly', () => {
  let affairs: Affairs;
  const admin = officer('SYSTEM_ADMIN');
  const leader = officer('LEADER');
  let serial = 0;

  beforeAll(async () => {
    affairs = await startAffairs();
  }, 60_000);
  afterAll(async () => {
    await affairs?.close();
  });

  const gql = (who: Who, query: string, variables?: Record<string, unknown>) => affairs.gql(who, query, variables);
  const classCode = () => String(10 + serial++).padStart(2, '0');
  async function newClass(name = `业务类${serial}`) {
    const { data } = await gql(admin, REGISTER, { input: { code: classCode(), name } });
    return data.registerBusinessClass.businessClass as { id: string; code: string; name: string };
  }
  const businessInput = (classId: string, name = '往来港澳二次签') => ({
    number: `crj-${serial++}`,
    name,
    classId,
    feeFen: 1500,
    supervisionDays: 10,
    type: 'ONLINE',
    needsMaterials: true,
    returnsMaterials: true,
    needsApproval: true,
    channels: ['ALIPAY', 'WECHAT', 'ALIPAY'],
  });
  async function newBusiness(classId: string, name?: string) {
    const { data } = await gql(leader, CREATE, { input: businessInput(classId, name) });
    return data.createBusiness.business as { id: string; number: string };
  }
  const save = (businessId: string, draft = draftFixture()) => gql(admin, SAVE, { input: { businessId, ...draft } });

  it('registers a class with a code 01–99 and a name, each unique, and audits it', async () => {
    const { data } = await gql(admin, REGISTER, { input: { code: '02', name: ' 治安业务 ', description: '治安管理类业务' } });
    const registered = data.registerBusinessClass;
    expect(registered).toMatchObject({ businessClass: { code: '02', name: '治安业务', status: 'ACTIVE' }, error: null });
    expect(await affairs.auditOf(registered.businessClass.id)).toEqual([{ action: 'BUSINESS_CLASS_REGISTERED', actor_id: admin.sub, details: { code: '02', name: '治安业务' } }]);

    const refused = async (code: string, name: string) => (await gql(admin, REGISTER, { input: { code, name } })).data.registerBusinessClass;
    expect(await refused('02', '户政业务')).toMatchObject({ businessClass: null, error: { code: 'BUSINESS_CLASS_CODE_TAKEN', field: 'code' } });
    expect(await refused('03', '治安业务')).toMatchObject({ businessClass: null, error: { code: 'BUSINESS_CLASS_NAME_TAKEN', field: 'name' } });
    for (const code of ['00', '100', '7', 'A1', '１２']) {
      expect((await refused(code, `编码${code}`)).error).toEqual({ code: 'BUSINESS_CLASS_CODE_INVALID', message: '业务类编码须为 01 到 99 的两位数字', field: 'code' });
    }
    const listed = await gql(leader, 'query { businessClasses(search: "治安") { code name } }');
    expect(listed.data.businessClasses).toEqual([{ code: '02', name: '治安业务' }]);
  });

  it('renames a class: its businesses keep it by reference, the name stays unique, before and after audited', async () => {
    const other = await newClass('户政业务');
    const businessClass = await newClass('车管业务');
    const business = await newBusiness(businessClass.id, '机动车登记');
    expect((await gql(admin, RENAME, { input: { id: businessClass.id, name: other.name } })).data.updateBusinessClass.error).toMatchObject({ code: 'BUSINESS_CLASS_NAME_TAKEN', field: 'name' });

    const renamed = await gql(admin, RENAME, { input: { id: businessClass.id, name: '车辆管理业务' } });
    expect(renamed.data.updateBusinessClass).toMatchObject({ businessClass: { id: businessClass.id, code: businessClass.code, name: '车辆管理业务' }, error: null });
    const read = await gql(leader, READ, { id: business.id });
    expect(read.data.business.businessClass).toEqual({ id: businessClass.id, code: businessClass.code, name: '车辆管理业务', status: 'ACTIVE' });
    const rows = await affairs.auditOf(businessClass.id);
    expect(rows.map((r) => [r.action, r.details.before?.name, r.details.after?.name])).toEqual([
      ['BUSINESS_CLASS_REGISTERED', undefined, undefined],
      ['BUSINESS_CLASS_UPDATED', '车管业务', '车辆管理业务'],
    ]);
  });

  it('cancels a class with all its businesses in one audited change; a cancelled class takes nothing more', async () => {
    const businessClass = await newClass('出入境业务');
    const [first, second] = [await newBusiness(businessClass.id), await newBusiness(businessClass.id, '往来台湾签注')];
    const cancelled = await gql(admin, CANCEL, { id: businessClass.id });
    expect(cancelled.data.cancelBusinessClass).toMatchObject({ businessClass: { status: 'CANCELLED' }, cancelledBusinesses: 2, error: null });
    for (const b of [first, second]) {
      expect((await gql(leader, READ, { id: b.id })).data.business.status).toBe('CANCELLED');
      expect((await affairs.auditOf(b.id)).map((r) => [r.action, r.details.reason])).toEqual([['BUSINESS_CREATED', undefined], ['BUSINESS_CANCELLED', 'CLASS_CANCELLED']]);
    }
    expect((await affairs.auditOf(businessClass.id)).at(-1)).toMatchObject({ action: 'BUSINESS_CLASS_CANCELLED', details: { businesses: [first.number, second.number].sort() } });

    expect((await gql(admin, CANCEL, { id: businessClass.id })).data.cancelBusinessClass.error.code).toBe('BUSINESS_CLASS_CANCELLED');
    expect((await gql(leader, CREATE, { input: businessInput(businessClass.id) })).data.createBusiness.error).toMatchObject({ code: 'BUSINESS_CLASS_CANCELLED', field: 'classId' });
    expect((await gql(leader, UPDATE, { id: first.id, input: businessInput(businessClass.id) })).data.updateBusiness.error.code).toBe('BUSINESS_CANCELLED');
    // Its name is free again; its code is not.
    expect((await gql(admin, REGISTER, { input: { code: businessClass.code, name: '其他' } })).data.registerBusinessClass.error.code).toBe('BUSINESS_CLASS_CODE_TAKEN');
    expect((await gql(admin, REGISTER, { input: { code: classCode(), name: '出入境业务' } })).data.registerBusinessClass.error).toBeNull();
  });

  it('creates businesses with a unique number and pinyin initials, found by them; only a published one opens', async () => {
    const businessClass = await newClass();
    const created = (await gql(leader, CREATE, { input: businessInput(businessClass.id) })).data.createBusiness;
    expect(created.business).toMatchObject({ name: '往来港澳二次签', pinyin: 'WLGAECQ', status: 'CLOSED', number: expect.stringMatching(/^CRJ-\d+$/) });
    const again = await gql(leader, CREATE, { input: { ...businessInput(businessClass.id), number: created.business.number.toLowerCase() } });
    expect(again.data.createBusiness).toMatchObject({ business: null, error: { code: 'BUSINESS_NUMBER_TAKEN', field: 'number' } });
    const corrected = await gql(leader, CREATE, { input: { ...businessInput(businessClass.id, '禁行道路通行证'), pinyin: 'jxdltxz' } });
    expect(corrected.data.createBusiness.business.pinyin).toBe('JXDLTXZ');

    const search = async (text: string) => (await gql(leader, 'query($f: BusinessFilter) { businesses(filter: $f) { number } }', { f: { classId: businessClass.id, search: text } })).data.businesses.map((b: { number: string }) => b.number);
    expect(await search('wlga')).toEqual([created.business.number]);
    expect(await search('道路')).toEqual([corrected.data.createBusiness.business.number]);
    expect(await search('%')).toEqual([]);

    const open = await gql(leader, 'mutation($id: ID!) { setBusinessOpen(id: $id, open: true) { business { status } error { code } } }', { id: created.business.id });
    expect(open.data.setBusinessOpen).toEqual({ business: null, error: { code: 'BUSINESS_NOT_PUBLISHED' } });
  });

  it('saves a draft with a broken flow and its problems, and refuses to publish it, listing them all', async () => {
    const business = await newBusiness((await newClass()).id);
    const broken = changed('REVIEW', (node) => ({ ...node, post: 'NOBODY' }) as typeof node, changed('FEE_CHECK', (node) => ({ ...node, defaultNext: undefined }) as typeof node));
    const draft = { ...draftFixture(), flow: broken };
    draft.materials[0] = { ...draft.materials[0], sizeLimitKb: undefined as unknown as number };
    const saved = (await save(business.id, draft)).data.saveBusinessDraft;
    const expected = [
      { code: 'MATERIAL_INVALID', path: 'materials[0].sizeLimitKb', node: null },
      { code: 'FLOW_DECISION_NO_DEFAULT', path: 'flow.nodes[3].defaultNext', node: 'FEE_CHECK' },
      { code: 'FLOW_UNKNOWN_POST', path: 'flow.nodes[7].post', node: 'REVIEW' },
    ];
    expect(saved.error).toBeNull();
    expect(saved.draft.problems.map(({ code, path, node }: Record<string, string>) => ({ code, path, node }))).toEqual(expected);
    expect(saved.draft.flow).toEqual(JSON.parse(JSON.stringify(broken)));

    const published = (await gql(admin, PUBLISH, { id: business.id })).data.publishBusiness;
    expect(published).toMatchObject({ created: false, version: null, error: { code: 'DRAFT_HAS_PROBLEMS', message: '业务配置存在 3 个问题，不能发布', field: 'id' } });
    expect(published.problems).toEqual(saved.draft.problems);
    expect((await gql(leader, READ, { id: business.id })).data.business).toMatchObject({ versions: [], currentVersion: null, draft: { unpublishedChanges: true } });

    const preview = await gql(leader, 'query($id: ID!) { flowPreview(businessId: $id) { nodes { id kind } edges { from to label } problems { code } } }', { id: business.id });
    expect(preview.data.flowPreview.nodes).toHaveLength(broken.nodes.length);
    expect(preview.data.flowPreview.edges).toContainEqual({ from: 'FEE_CHECK', to: 'PAY', label: '费用 > 0 元' });
    expect(preview.data.flowPreview.problems.map((p: { code: string }) => p.code)).toEqual(['FLOW_DECISION_NO_DEFAULT', 'FLOW_UNKNOWN_POST']);
  });

  it('publishes version 1, again unchanged still 1, changed 2 — version 1 reads as it was; the database refuses to change a version', async () => {
    const business = await newBusiness((await newClass()).id);
    expect((await save(business.id)).data.saveBusinessDraft.draft.problems).toEqual([]);
    const first = (await gql(admin, PUBLISH, { id: business.id })).data.publishBusiness;
    expect(first).toMatchObject({ created: true, version: { version: 1 }, problems: null, error: null });
    const v1 = (await gql(leader, VERSION, { b: business.id, v: 1 })).data.businessVersion;

    const again = (await gql(leader, PUBLISH, { id: business.id })).data.publishBusiness;
    expect(again).toMatchObject({ created: false, version: { version: 1, digest: v1.digest }, error: null });
    expect((await gql(leader, READ, { id: business.id })).data.business).toMatchObject({ versions: [{ version: 1 }], draft: { unpublishedChanges: false } });

    const edited = draftFixture();
    edited.fields.push({ order: 4, code: 'PHONE', label: '联系电话', length: 11, required: true, control: 'TEXT', validation: 'PHONE', hint: '' });
    await save(business.id, edited);
    const second = (await gql(admin, PUBLISH, { id: business.id })).data.publishBusiness;
    expect(second).toMatchObject({ created: true, version: { version: 2, fields: edited.fields.map(({ code }) => ({ code })) } });
    expect(second.version.digest).not.toBe(v1.digest);
    expect((await gql(leader, VERSION, { b: business.id, v: 1 })).data.businessVersion).toEqual(v1);
    expect(v1.fields.map((f: { code: string }) => f.code)).toEqual(['APPLICANT', 'ENDORSEMENT', 'DELIVERY']);
    expect((await gql(leader, READ, { id: business.id })).data.business).toMatchObject({ versions: [{ version: 2 }, { version: 1 }], currentVersion: { version: 2 } });
    expect((await gql(leader, VERSION, { b: business.id, v: 3 })).errors?.[0]?.extensions.code).toBe('BUSINESS_VERSION_NOT_FOUND');
    expect((await affairs.auditOf(business.id)).filter((r) => r.action === 'BUSINESS_PUBLISHED').map((r) => [r.details.version, r.details.previous])).toEqual([[1, null], [2, 1]]);

    const { db } = affairs.subgraph.deps.database;
    await expect(sql`update business_versions set fields = '[]'::jsonb where business_id = ${business.id} and version = 1`.execute(db)).rejects.toThrow(/immutable/);
    await expect(sql`delete from business_versions where business_id = ${business.id}`.execute(db)).rejects.toThrow(/immutable/);
    await expect(sql`truncate business_versions cascade`.execute(db)).rejects.toThrow(/immutable/);
    expect((await gql(leader, VERSION, { b: business.id, v: 1 })).data.businessVersion).toEqual(v1);
  });

  it('refuses citizens and window officers (FORBIDDEN) and anonymous callers (UNAUTHENTICATED); nothing is written', async () => {
    const before = await sql<{ n: number }>`select count(*)::int as n from business_classes`.execute(affairs.subgraph.deps.database.db);
    for (const [who, code] of [[citizen(), 'FORBIDDEN'], [officer('WINDOW_OFFICER', 'REVIEWER'), 'FORBIDDEN'], [{ kind: 'anonymous' } as Who, 'UNAUTHENTICATED']] as const) {
      const query = await gql(who, 'query { businessClasses { id } }');
      expect([query.data, query.errors?.map((e) => e.extensions.code)]).toEqual([null, [code]]);
      const mutation = await gql(who, REGISTER, { input: { code: '98', name: '不应登记' } });
      expect([mutation.data, mutation.errors?.map((e) => e.extensions.code)]).toEqual([null, [code]]);
    }
    const after = await sql<{ n: number }>`select count(*)::int as n from business_classes`.execute(affairs.subgraph.deps.database.db);
    expect(after.rows).toEqual(before.rows);
  });
});
