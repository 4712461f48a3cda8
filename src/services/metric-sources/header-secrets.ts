import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { SourceHeader } from "../../db/schema.ts";
import type { Executor } from "../context.ts";

// A source's secret header values (an API key, a bearer token) are kept encrypted at rest:
// AES-256-GCM under a key derived from the server's own secret (server_secrets, made once per
// database by migration 0035, as the unsubscribe links' key is), bound to the source and the
// header's name so a sealed value copied to another source does not open. The API returns the
// header's name and that it is secret, never the value (docs/metric-sources.md, "Secrets").

const SECRET_NAME = "metric-source-headers";
const VERSION = "v1";

async function headerKey(db: Executor): Promise<Buffer> {
  const row = await db
    .selectFrom("serverSecrets")
    .select("secret")
    .where("name", "=", SECRET_NAME)
    .executeTakeFirstOrThrow();
  return Buffer.from(hkdfSync("sha256", row.secret, "grove", SECRET_NAME, 32));
}

const boundTo = (sourceId: string, name: string) => Buffer.from(`${sourceId}\n${name.toLowerCase()}`);

export interface PlainHeader {
  name: string;
  value: string;
  secret: boolean;
}

/** A header as an update gives it: a value, or a secret value kept sealed as it was stored. */
export type HeaderToStore = PlainHeader | { name: string; sealed: string };

/** The headers as stored: plain ones as given, secret ones sealed. */
export async function sealHeaders(db: Executor, sourceId: string, headers: HeaderToStore[]): Promise<SourceHeader[]> {
  const toSeal = (header: HeaderToStore): header is PlainHeader => "secret" in header && header.secret;
  const asStored = (header: HeaderToStore): SourceHeader =>
    "sealed" in header ? header : { name: header.name, value: header.value };
  if (!headers.some(toSeal)) return headers.map(asStored);
  const key = await headerKey(db);
  return headers.map((header) => {
    if (!toSeal(header)) return asStored(header);
    const { name, value } = header;
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(boundTo(sourceId, name));
    const sealed = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
    return { name, sealed: `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url")}` };
  });
}

/** The headers to send: every value in the clear, for the fetch only. */
export async function openHeaders(db: Executor, sourceId: string, headers: SourceHeader[]): Promise<PlainHeader[]> {
  if (!headers.some((header) => "sealed" in header)) {
    return headers.map((header) => ({
      name: header.name,
      value: "value" in header ? header.value : "",
      secret: false,
    }));
  }
  const key = await headerKey(db);
  return headers.map((header) => {
    if ("value" in header) return { name: header.name, value: header.value, secret: false };
    const [version, body = ""] = header.sealed.split(".");
    if (version !== VERSION) throw new Error(`a sealed header of unknown version ${version}`);
    const bytes = Buffer.from(body, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, 12)).setAAD(boundTo(sourceId, header.name));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const value = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
    return { name: header.name, value, secret: true };
  });
}
