import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { SourceHeader } from "../../db/schema.ts";
import type { Executor } from "../context.ts";

// A source's secrets (a secret header's value, an SQL source's password) are kept encrypted at
// rest: AES-256-GCM under a key derived from the server's own secret (server_secrets, made once
// per database by migration 0035, as the unsubscribe links' key is), bound to the source and the
// secret's name so a sealed value copied to another source does not open. The API returns the
// header's name and that it is secret, never the value (docs/metric-sources.md, "Secrets").

const SECRET_NAME = "metric-source-headers";
const VERSION = "v1";

async function sourceKey(db: Executor): Promise<Buffer> {
  const row = await db
    .selectFrom("serverSecrets")
    .select("secret")
    .where("name", "=", SECRET_NAME)
    .executeTakeFirstOrThrow();
  return Buffer.from(hkdfSync("sha256", row.secret, "grove", SECRET_NAME, 32));
}

const boundTo = (sourceId: string, name: string) => Buffer.from(`${sourceId}\n${name.toLowerCase()}`);

function seal(key: Buffer, sourceId: string, name: string, value: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(boundTo(sourceId, name));
  const sealed = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url")}`;
}

function open(key: Buffer, sourceId: string, name: string, sealed: string): string {
  const [version, body = ""] = sealed.split(".");
  if (version !== VERSION) throw new Error(`a sealed value of unknown version ${version}`);
  const bytes = Buffer.from(body, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, 12)).setAAD(boundTo(sourceId, name));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
}

/** One secret of a source, sealed; empty stays empty. */
export async function sealSecret(db: Executor, sourceId: string, name: string, value: string): Promise<string> {
  return value === "" ? "" : seal(await sourceKey(db), sourceId, name, value);
}

export async function openSecret(db: Executor, sourceId: string, name: string, sealed: string): Promise<string> {
  return sealed === "" ? "" : open(await sourceKey(db), sourceId, name, sealed);
}

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
  const key = await sourceKey(db);
  return headers.map((header) =>
    toSeal(header) ? { name: header.name, sealed: seal(key, sourceId, header.name, header.value) } : asStored(header),
  );
}

/** The headers to send: every value in the clear, for the fetch only. */
export async function openHeaders(db: Executor, sourceId: string, headers: SourceHeader[]): Promise<PlainHeader[]> {
  const key = headers.some((header) => "sealed" in header) ? await sourceKey(db) : null;
  return headers.map((header) =>
    "value" in header || !key
      ? { name: header.name, value: "value" in header ? header.value : "", secret: false }
      : { name: header.name, value: open(key, sourceId, header.name, header.sealed), secret: true },
  );
}
