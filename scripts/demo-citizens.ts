// The demo citizens for `npm start`'s banner: the same roster as the stand-ins' /__legacy/demo page,
// from the seed the stand-ins build out of this same environment.
import { ALL_SYSTEMS, buildSeed, demoCitizens, loadEnv, type DemoCitizen } from '@jingtong/legacy';

const ROLE_LABELS: Record<DemoCitizen['role'], string> = { demo: '演示居民', spare: '备用居民', fugitive: '在逃比对命中' };

/** The roster of /__legacy/demo, without asking the running stand-ins. */
export function listDemoCitizens(env: NodeJS.ProcessEnv = process.env): DemoCitizen[] {
  const { seed, persons, vehicles, referenceDate } = loadEnv(ALL_SYSTEMS, env);
  return demoCitizens(buildSeed({ seed, persons, vehicles, referenceDate }));
}

/** One line per demo citizen, then where the full list of credentials is. */
export function formatDemoCitizens(legacyUrl = 'http://127.0.0.1:4900', citizens: readonly DemoCitizen[] = listDemoCitizens()): string {
  const lines = citizens.map((c) => `${c.idNumber}  ${c.name}  ${ROLE_LABELS[c.role]}，${c.vehicles.length} 辆车${c.licence ? `，档案编号 ${c.licence.fileNumber}` : ''}`);
  return [...lines, `每人的手机号、支付宝/微信账号、人脸照片、网证：${legacyUrl}/__legacy/demo`].join('\n');
}
