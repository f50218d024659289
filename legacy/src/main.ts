/** `npm start -w legacy`: every stand-in on LEGACY_HOST:LEGACY_PORT (127.0.0.1:4900). */
import { EnvError, HTTP_SYSTEMS, SYSTEMS, networkIdentityOf, startLegacy } from './index.js';

async function main(): Promise<void> {
  const started = performance.now();
  const legacy = await startLegacy();
  const demo = legacy.seed.demoCitizen();
  const { persons, vehicles, violations, licences } = legacy.seed;
  console.log(`[legacy] listening on ${legacy.url} (${Math.round(performance.now() - started)} ms)`);
  for (const system of SYSTEMS) console.log(`[legacy]   ${system.title.padEnd(10, '　')} ${legacy.wsdlUrl(system.id)}`);
  const httpPaths: Record<(typeof HTTP_SYSTEMS)[number]['id'], string> = { alipay: '/alipay/gateway.do', wechat: '/wechat/sns/oauth2/access_token | /wechat/sns/userinfo' };
  for (const system of HTTP_SYSTEMS) console.log(`[legacy]   ${system.title.padEnd(10, '　')} ${legacy.url}${httpPaths[system.id]}`);
  console.log(`[legacy]   admin        ${legacy.url}/__legacy/stats | /reset | /faults | /demo | /sms | /alipay/authorize | /wechat/authorize`);
  console.log(`[legacy] seed ${legacy.seed.options.seed}: ${persons.length} persons, ${vehicles.length} vehicles, ${violations.length} violations, ${licences.length} licences`);
  console.log(`[legacy] demo citizen ${demo.name} ${demo.idNumber} (${legacy.seed.vehiclesByOwner(demo.idNumber).length} vehicles)`);
  const identity = networkIdentityOf(demo.idNumber);
  console.log(`[legacy]   网证码 ${identity.networkIdCode}, 口令 ${identity.password}; photo = fakePhoto(idNumber); fugitives: ${legacy.seed.fugitives().length}`);
  console.log(`[legacy] demo page (every credential the stand-ins accept) ${legacy.url}/__legacy/demo`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[legacy] ${signal}: closing`);
    legacy.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('[legacy] close failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) {
    console.error(`[legacy] ${error.message}`);
  } else {
    console.error('[legacy] failed to start', error);
  }
  process.exit(1);
});
