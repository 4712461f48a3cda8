import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listMigrations } from "../../src/db/migrate.ts";

// An applied migration never changes. A database records a migration by its name alone
// (src/db/migrate.ts), so a database or backup in the field that ran a file keeps what that file
// said then: an edited file would make fresh databases differ from theirs, silently. A change to
// the schema is a new migration. This holds each checked-in migration's sha256 as it was merged.

/** Each migration's sha256, in the order they apply. A new one is added here when it is merged. */
const FROZEN = new Map([
  ["20261127_0001_init.sql", "913a383c7fbb9d6f4f49478e80fd39ac1161d2fcfb07afdcc0a7a54ac081058b"],
  ["20261127_0002_row_level_security.sql", "3697a44ca6a23c61309f62381d5563c2abe7c9869b872d04c062804e776550b6"],
  ["20261127_0003_accounts.sql", "809271f9d1866c4e336c1015594d6a4ff93884457e1f4f74744d3cf603135352"],
  ["20261127_0004_coach_settings.sql", "027548dab7afd3562f2ff2559a0672ca27c53d65a33eb19f5920c295080ce274"],
  ["20261127_0005_stored_scores.sql", "0172e005897bcc028a7a462a9acbcd1c05a7222fca22e720b47f9f7c36debf97"],
  ["20261204_0006_okr_loop.sql", "3f0aa25d0cf92ac92805f7b4ac507f16aa1ed774bfb0f2ab7aa492c4cbfcc9c6"],
  ["20261204_0007_pace.sql", "d74fa17f1ab56e01d9497db8f230a550910e03d89ea653eca8fc7d261d58ce91"],
  ["20261204_0008_kr_discussion.sql", "0eb188b03fa1c8651e43b5ab839067a47a8a6dcb42e794d2f41b9ff2c6bdc0ad"],
  ["20261204_0009_period_lifecycle.sql", "9a946d747b6e160b1a3fcd88b5a254a6458173044124c6018efc720b36a880a9"],
  ["20261204_0010_reviews_learnings.sql", "3586fd0a05cfb13b6c9e42a1a89e35fc74580150753180b4e6062ae27dc78b14"],
  ["20261204_0011_sign_in_throttle.sql", "79ac237cf4a334b5cacb2cb3184aae2343a2ad5ad3911e6877cb74e805b7f722"],
  ["20261204_0012_bad_input.sql", "5381b1e46f3c9345b4f3602e1c8686ebc66afd921671f2d9d3728762c1077955"],
  ["20261204_0013_outbox.sql", "6c59e6fe18646ba6638afa9eed24e69b957eadf7d0b60da06be66c332d4c4023"],
  ["20261204_0014_mail.sql", "d7c7a11b7a4798c0b9ac7433c60a35d49b878046a56198f5cf7caa4d897aabb5"],
  ["20261204_0015_notifications.sql", "b90bec5cc9b127ce3237babcaa73ac03ef06d31a81454fb487823035cf962747"],
  ["20261204_0016_webhooks.sql", "899d940e7e558da0c9005e846153a961efdab31e20ee5d6b85b4a1587c754bb2"],
  ["20261204_0017_history_every_change.sql", "1237358093a526eab34260416844c73ba2825b8315dc3f1beffbd7c404b45ebc"],
  ["20261205_0018_two_factor.sql", "534b20524832a6301ce64647b7fdac96b12c1ce4aba499a7af17c38c01332a2c"],
  ["20261205_0019_sso.sql", "ec60b1a222826c4bc071d7fda63354a77c25ddd989d06a1a4bcee265ba7567ee"],
  ["20261205_0020_audit_log.sql", "ffabe1d6830ed4eb5a70b46497f5d4b4ee540fd60fd5ce0e29444e6345c8d1ba"],
  ["20261205_0021_email_verification.sql", "824053dff2d22bb3922a35100ba555654a3eb083481355d793e0c29369c9f34f"],
  ["20261205_0022_webhook_history.sql", "2c3e152e876852738cec5a7a8e71deb64269d1ab5caf8b66d5fc2de16bd9d7d9"],
  ["20261205_0023_history_entities.sql", "7e71b930fcab7d045a6b7f3634ddea4ecb15b493235524ae52b741ee13114edc"],
  ["20261205_0024_initiatives.sql", "a8878d244d4872336e6ff146b4c301c8c6f3215f93aaeddf756de98d6cf17b4e"],
  ["20261205_0025_decisions.sql", "c7bba960f036260b2a462956d458617758c747029088ad1dd5a20403ca9d8f23"],
  ["20261205_0026_experiments.sql", "822b8061a45336980b43588768ef8cbb554cdc26e51c7ce6c33d6b393e3b2e17"],
  ["20261205_0027_sprints.sql", "d1b4aa12dfab4e95297927d0088c692b7fc8b2bb0e37fbc68af428538157dc6f"],
  ["20261205_0028_dependencies.sql", "1fabfa04eaed4f533bd322dcda84488138e3b9d797c4f2a608b792288db1cb95"],
  ["20261205_0029_health_metrics.sql", "5923dcd15b10bf41f8fa823c51f28a6a89e130914b295f6bf841efee9cfd9ee7"],
  ["20261206_0030_coach_dismissals.sql", "f7e4b3b6b72efca5fa926ce1036ebda50dfbd45ac9bcc1e3df696f0926913fdf"],
  ["20261206_0031_coach_rules_k2_k3_k4.sql", "2b11c75cb149ed30de9a2928938b42dad8c211ade08205a5c7e450abad63de5e"],
  ["20261206_0032_idempotency_keys.sql", "73e7aaf42adaf8d0cffa236589d6df772e836e90855bb23eedfbe614972a16a7"],
  ["20261206_0033_api_token_write_expiry.sql", "4a967d7ebbca44e7a63b2a387b213407c3669c9db95eb011c7bd8f928f22d1b1"],
  ["20261206_0034_paging_keys.sql", "1044a8e551b06c2e74b20d2129ef8987b6593e70f2a458253e67a41093a436f4"],
  ["20261206_0035_metric_sources.sql", "28a1bd6e9283304089191168b12561dc56a7f951b3a26194b82cc55838904e4f"],
  ["20261206_0036_metric_sql_sources.sql", "0eab19fa3ba85f67ccb4fb47d3243081a2a995474b4f1c72c9373d8df299c4e3"],
  ["20261206_0040_list_page_keys.sql", "cfbb5f80dd41b978ef36901da997a1fe0f0be32cdc71511b2c9a49c8721c294e"],
  ["20261206_0041_distribution_keys.sql", "9fd27e55fb0da2575b492681772bdec96abda7a3a4166df1ea1365346798ce89"],
  ["20261206_0045_source_failing_notice.sql", "58031c9c5c12ec72811b5830c82adf8f2e7e3d2d02f12f50528a828346878538"],
  ["20261206_0047_import_mappings.sql", "b2ceabb9b4637901d4073a6d64281bd4868160dac6686b95a801144c875e7848"],
  ["20261206_0048_key_result_period.sql", "4d884b522ac59bcfddc90d06c8e8429db967f280fa9003c71be927b246172acb"],
  ["20261206_0049_key_result_period_on_copy.sql", "c703ea148b3fd834dd64013095f752402155a970b3a66a346f3bd3112b1f3160"],
]);

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const HOW = "tests/architecture/migrations-frozen.test.ts";

describe("the checked-in migrations", () => {
  const migrations = listMigrations();

  it("are each as they were when first applied (write a change as a new migration)", () => {
    const changed = migrations
      .filter((m) => FROZEN.has(m.name) && FROZEN.get(m.name) !== sha256(m.sql))
      .map(
        (m) =>
          `${m.name} has changed: databases that applied it keep its first text, since a migration ` +
          "is recorded by name only. Restore it and write the change as a new migration.",
      );
    const gone = [...FROZEN.keys()]
      .filter((name) => !migrations.some((m) => m.name === name))
      .map((name) => `${name} is gone: databases that applied it still have what it made. Restore it.`);
    expect([...changed, ...gone]).toEqual([]);
  });

  it("are all listed here, so that a new one is frozen once it is merged", () => {
    const unlisted = migrations
      .filter((m) => !FROZEN.has(m.name))
      .map((m) => `${m.name} is new: when it is final, add ["${m.name}", "${sha256(m.sql)}"] to FROZEN in ${HOW}.`);
    expect(unlisted).toEqual([]);
  });
});
